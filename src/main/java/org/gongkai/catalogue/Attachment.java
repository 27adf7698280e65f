package org.gongkai.catalogue;

import java.time.Instant;

/** A file attached to a document (stored in the files module). */
public record Attachment(long id, long documentId, String fileId, String name, String mediaType, long size,
        boolean removed, Instant createdAt) {

    public boolean isSpreadsheet() {
        return mediaType.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                || mediaType.equals("application/vnd.ms-excel");
    }

    public String sizeText() {
        return size < 1024 ? size + " B" : size < 1024 * 1024 ? (size / 1024) + " KB"
                : String.format("%.1f MB", size / 1024.0 / 1024.0);
    }
}
