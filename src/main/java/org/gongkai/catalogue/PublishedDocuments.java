package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Catalogue's published read port over what is public now: search indexes from it and rebuilds from it. */
public interface PublishedDocuments {

    /**
     * The public form of a document (current published version). {@code topic} is stored as {@code 一级\二级};
     * {@code category}, {@code genre} and {@code validity} are their Chinese names (validity 有效/失效/废止/修订);
     * {@code url} is the portal path of the document page. {@code local} says whether the publisher is one of the
     * county's own units (false: an external issuer, whose laws and regulations the portal republishes; issue #10).
     */
    record PublishedDocument(long id, String indexNumber, String title, String summary, String bodyText,
            String attachmentText, long publisherUnitId, String publisherName, String documentNumber,
            LocalDate writtenOn, LocalDate publishedOn, String topic, String category, String genre,
            List<String> keywords, String validity, String url, boolean local) {

        /** A document of one of the county's own units. */
        public PublishedDocument(long id, String indexNumber, String title, String summary, String bodyText,
                String attachmentText, long publisherUnitId, String publisherName, String documentNumber,
                LocalDate writtenOn, LocalDate publishedOn, String topic, String category, String genre,
                List<String> keywords, String validity, String url) {
            this(id, indexNumber, title, summary, bodyText, attachmentText, publisherUnitId, publisherName,
                    documentNumber, writtenOn, publishedOn, topic, category, genre, keywords, validity, url, true);
        }
    }

    /** Empty when the document does not exist or is not public (draft, withdrawn). */
    Optional<PublishedDocument> findPublished(long documentId);

    /**
     * The public form of each of {@code documentIds} that is public now, read set-based (a few queries per page of
     * ids, not per document); ids of documents that are not public are simply absent. Order is not guaranteed.
     */
    default List<PublishedDocument> findPublished(Collection<Long> documentIds) {
        return documentIds.stream().map(this::findPublished).flatMap(Optional::stream).toList();
    }

    /** What names a public document: its id, 索引号 and current title. */
    record Reference(long id, String indexNumber, String title) {}

    /**
     * The public documents among {@code indexNumbers} (索引号), read set-based; numbers of documents that do not exist
     * or are not public are absent.
     */
    List<Reference> referencesByIndexNumber(Collection<String> indexNumbers);

    /**
     * A public document as a list shows it, without its text: what an editor picks from (the gazette, issue #16).
     * {@code local}: one of the county's own units.
     */
    record Listed(long id, String indexNumber, String title, String documentNumber, long publisherUnitId,
            String publisherName, String genre, LocalDate publishedOn, boolean local) {}

    /**
     * The county's own public documents published from {@code from} to {@code to} (both included) whose genre is one
     * of {@code genres}, newest first, at most {@code limit}. The default streams every document; the catalogue's
     * reader answers with one query.
     */
    default List<Listed> listPublished(LocalDate from, LocalDate to, Collection<String> genres, int limit) {
        List<Listed> out = new java.util.ArrayList<>();
        forEachPublished(d -> {
            if (d.local() && genres.contains(d.genre()) && d.publishedOn() != null && !d.publishedOn().isBefore(from)
                    && !d.publishedOn().isAfter(to)) {
                out.add(new Listed(d.id(), d.indexNumber(), d.title(), d.documentNumber(), d.publisherUnitId(),
                        d.publisherName(), d.genre(), d.publishedOn(), true));
            }
        });
        return out.stream().sorted(java.util.Comparator.comparing(Listed::publishedOn).reversed()
                .thenComparing(java.util.Comparator.comparingLong(Listed::id).reversed())).limit(limit).toList();
    }

    /**
     * What the supervision patrol checks of a public document besides its text (issue #15): the end of its validity
     * ({@code effectiveTo}, 有效期至; null when open-ended) and the targets of the links in its body
     * ({@code href} as written, in body order, each once).
     */
    record PatrolFacts(long id, LocalDate effectiveTo, List<String> links) {}

    /**
     * The patrol facts of each of {@code documentIds} that is public now, read set-based; others are absent. The
     * default knows none (a port without bodies); the catalogue's reader answers with one query per page of ids.
     */
    default List<PatrolFacts> patrolFacts(Collection<Long> documentIds) {
        return List.of();
    }

    /** Streams every public document, in id order, without loading them all into memory. */
    void forEachPublished(Consumer<PublishedDocument> consumer);
}
