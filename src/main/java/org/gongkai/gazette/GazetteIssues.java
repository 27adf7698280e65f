package org.gongkai.gazette;

import java.time.LocalDate;
import java.util.List;

/**
 * The gazette's published read port: the issues that came out in a period, each with its printed PDF and its EPUB,
 * for modules that hand the government's information on (the transfer package to archives and libraries, issue #16).
 */
public interface GazetteIssues {

    /**
     * A published issue. {@code url} is the portal path of its page; {@code pdf} and {@code epub} render the files
     * (the same bytes the portal serves) when called.
     */
    record PublishedIssue(int year, int number, String label, LocalDate publishedOn, String url,
            List<String> documentTitles, java.util.function.Supplier<byte[]> pdf,
            java.util.function.Supplier<byte[]> epub) {}

    /** Issues published from {@code from} to {@code to} (both included), in order of publication. */
    List<PublishedIssue> publishedBetween(LocalDate from, LocalDate to);
}
