package org.gongkai.deposit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer package (移交包): the BagIt zip of what the county published from {@code from} to {@code to},
 * addressed to one receiving institution (a unit with a {@code PACKAGE_RECEIVER} account: the archives, a library).
 */
public record TransferPackage(long id, long recipientUnitId, LocalDate from, LocalDate to, String bagName,
        String fileName, long size, String sha256, String payloadOxum, int documents, int reports, int gazetteIssues,
        String builtBy, Instant builtAt) {

    /** A delivery (download) of a package by a receiver account. */
    public record Delivery(long packageId, String username, Instant at) {

        public String atText() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(org.gongkai.common.TimeConfiguration.ZONE).format(at);
        }
    }

    public String sizeText() {
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
