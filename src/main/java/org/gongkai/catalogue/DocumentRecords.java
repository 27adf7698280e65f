package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Catalogue's published read port for record keeping (移交 to archives and libraries, issue #16): the documents of
 * the county's own units first published in a period and public now, each with its metadata, every archived version
 * and its current attachments (their bytes are read from the files module by {@code fileId}).
 */
public interface DocumentRecords {

    /** One archived (published) version: what the public saw from {@code publishedAt}. */
    record VersionRecord(int version, String title, String summary, String documentNumber, String topic,
            String category, String genre, String keywords, String bodyHtml, Instant publishedAt) {}

    record AttachmentRecord(long id, String name, String mediaType, long size, String fileId) {}

    /**
     * A public document: {@code category} and {@code validity} are their Chinese names; {@code interpretsId} the
     * policy an interpretation explains.
     */
    record DocumentRecord(long id, String indexNumber, long unitId, String title, String documentNumber,
            LocalDate writtenOn, LocalDate publishedOn, String topic, String category, String genre, String validity,
            LocalDate effectiveFrom, LocalDate effectiveTo, Long interpretsId, List<VersionRecord> versions,
            List<AttachmentRecord> attachments) {}

    /** Ids of the public documents of the county's own units first published from {@code from} to {@code to}. */
    List<Long> publishedBetween(LocalDate from, LocalDate to);

    /** The document's record, empty when it is not public. */
    Optional<DocumentRecord> record(long id);
}
