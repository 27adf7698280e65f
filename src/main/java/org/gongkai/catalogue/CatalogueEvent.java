package org.gongkai.catalogue;

import java.time.LocalDate;

/**
 * What happened to a document's public life. Published in the same transaction as the change; the search
 * module reacts from the persisted event publication (never lost, replayed after a crash) by reading the
 * document again through {@link PublishedDocuments} and indexing or removing it.
 */
@org.springframework.modulith.NamedInterface("events")
public sealed interface CatalogueEvent {

    long documentId();

    /**
     * A document (or a new version of it) became public; also emitted for imported documents. It names the facts the
     * supervision read model counts (issue #15): the publishing unit, the written-on date and the day the document
     * first became public (a new version keeps it). Null only in publications persisted before these were added.
     */
    record DocumentPublished(long documentId, Long unitId, LocalDate writtenOn, LocalDate publishedOn)
            implements CatalogueEvent {}

    /** A document was withdrawn from the public (its tombstone page stays). */
    record DocumentWithdrawn(long documentId) implements CatalogueEvent {}

    /** A document's validity changed (repealed, expired, amended) while it stays public. */
    record DocumentValidityChanged(long documentId) implements CatalogueEvent {}
}
