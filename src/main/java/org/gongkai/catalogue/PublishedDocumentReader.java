package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link PublishedDocuments} port that search indexes from, read set-based (issue #13): one query for a page of
 * documents with their public version, one for their attachments, and the publishers from the unit directory's
 * cache, whatever the page size. Attachment text comes from the file store, which extracts it once per file and
 * keeps it. Indexing 5,000 imported documents is therefore about 20 queries, not 25,000.
 */
@Service
class PublishedDocumentReader implements PublishedDocuments {

    /** Ids per query: well below the bind-parameter limits of H2 and PostgreSQL. */
    static final int PAGE = 500;
    private static final String PUBLIC = "d.public_version IS NOT NULL AND d.status <> 'WITHDRAWN'";
    private static final String SELECT = "SELECT d.id, d.index_number, d.unit_id, d.written_on, d.published_on, "
            + "d.validity, v.title, v.summary, v.document_number, v.topic, v.category, v.genre, v.keywords, v.body "
            + "FROM catalogue_document d JOIN catalogue_version v ON v.document_id = d.id AND v.version = d.public_version "
            + "WHERE " + PUBLIC;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AttachmentRepository attachments;
    private final ObjectProvider<FileStore> files;
    private final InterpretationParts interpretationParts;

    PublishedDocumentReader(JdbcClient jdbc, UnitDirectory units, AttachmentRepository attachments,
            ObjectProvider<FileStore> files, InterpretationParts interpretationParts) {
        this.jdbc = jdbc;
        this.units = units;
        this.attachments = attachments;
        this.files = files;
        this.interpretationParts = interpretationParts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PublishedDocument> findPublished(long documentId) {
        return findPublished(List.of(documentId)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedDocument> findPublished(Collection<Long> documentIds) {
        List<Long> ids = documentIds.stream().distinct().toList();
        List<PublishedDocument> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += PAGE) {
            out.addAll(page(ids.subList(from, Math.min(ids.size(), from + PAGE))));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reference> referencesByIndexNumber(Collection<String> indexNumbers) {
        List<String> numbers = indexNumbers.stream().distinct().toList();
        List<Reference> out = new ArrayList<>(numbers.size());
        for (int from = 0; from < numbers.size(); from += PAGE) {
            out.addAll(jdbc.sql("SELECT d.id, d.index_number, v.title FROM catalogue_document d JOIN catalogue_version v "
                    + "ON v.document_id = d.id AND v.version = d.public_version WHERE " + PUBLIC
                    + " AND d.index_number IN (:numbers)")
                    .param("numbers", numbers.subList(from, Math.min(numbers.size(), from + PAGE)))
                    .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2), rs.getString(3))).list());
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachPublished(Consumer<PublishedDocument> consumer) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("SELECT d.id FROM catalogue_document d WHERE " + PUBLIC
                    + " AND d.id > ? ORDER BY d.id LIMIT " + PAGE).param(after).query(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            page(ids).stream().sorted(java.util.Comparator.comparingLong(PublishedDocument::id)).forEach(consumer);
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listed> listPublished(java.time.LocalDate from, java.time.LocalDate to, Collection<String> genres,
            int limit) {
        if (genres.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Long> external = new ArrayList<>(units.findAll().stream().filter(UnitView::isExternalIssuer)
                .map(UnitView::id).toList());
        external.add(-1L);
        return jdbc.sql("SELECT d.id, d.index_number, v.title, v.document_number, d.unit_id, v.genre, "
                + "d.published_on FROM catalogue_document d JOIN catalogue_version v ON v.document_id = d.id "
                + "AND v.version = d.public_version WHERE " + PUBLIC + " AND d.published_on BETWEEN :from AND :to "
                + "AND v.genre IN (:genres) AND d.unit_id NOT IN (:external) ORDER BY d.published_on DESC, d.id DESC LIMIT " + Math.min(limit, 5_000))
                .param("from", from).param("to", to).param("genres", List.copyOf(genres))
                .param("external", external).query((rs, n) -> {
                    UnitView unit = units.findById(rs.getLong("unit_id")).orElse(null);
                    return new Listed(rs.getLong("id"), rs.getString("index_number"), rs.getString("title"),
                            rs.getString("document_number"), rs.getLong("unit_id"), unit == null ? "" : unit.name(),
                            rs.getString("genre"), DocumentRepository.date(rs, "published_on"),
                            unit == null || !unit.isExternalIssuer());
                }).list().stream().filter(Listed::local).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PatrolFacts> patrolFacts(Collection<Long> documentIds) {
        List<Long> ids = documentIds.stream().distinct().toList();
        List<PatrolFacts> out = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += PAGE) {
            out.addAll(jdbc.sql("SELECT d.id, d.effective_to, v.body FROM catalogue_document d JOIN catalogue_version v "
                    + "ON v.document_id = d.id AND v.version = d.public_version WHERE " + PUBLIC + " AND d.id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + PAGE)))
                    .query((rs, n) -> new PatrolFacts(rs.getLong("id"), DocumentRepository.date(rs, "effective_to"),
                            links(rs.getString("body")))).list());
        }
        return out;
    }

    /** The distinct {@code href}s of the body's links, in order. */
    static List<String> links(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return org.jsoup.Jsoup.parseBodyFragment(html).select("a[href]").stream().map(a -> a.attr("href").strip())
                .filter(h -> !h.isEmpty()).distinct().toList();
    }

    private List<PublishedDocument> page(List<Long> ids) {
        List<Row> rows = jdbc.sql(SELECT + " AND d.id IN (:ids)").param("ids", ids).query(PublishedDocumentReader::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Attachment>> attached = attachments.current(rows.stream().map(Row::id).toList());
        Map<Long, Optional<UnitView>> publishers = new HashMap<>();
        FileStore store = files.getIfAvailable();
        Map<Long, List<InterpretationPart>> parts = interpretationParts.published(rows.stream().map(Row::id).toList());
        List<PublishedDocument> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            UnitView publisher = publishers.computeIfAbsent(r.unitId(), units::findById).orElse(null);
            List<String> texts = new ArrayList<>();
            for (InterpretationPart p : parts.getOrDefault(r.id(), List.of())) {
                texts.add(switch (p.kind()) { // an interpretation's questions and answers, alt texts, video titles
                    case QA -> p.question() + "\n" + p.answer();
                    case IMAGE -> p.altText();
                    case VIDEO -> p.videoTitle();
                });
            }
            if (store != null) {
                for (Attachment a : attached.getOrDefault(r.id(), List.of())) {
                    texts.add(a.name() + "\n" + store.extractText(a.fileId()));
                }
            }
            out.add(new PublishedDocument(r.id(), r.indexNumber(), r.title(), r.summary(), BodyHtml.text(r.body()),
                    String.join("\n", texts), publisher == null ? 0 : publisher.id(),
                    publisher == null ? "" : publisher.name(), r.documentNumber(), r.writtenOn(), r.publishedOn(),
                    r.topic(), r.category().label(), r.genre(), r.keywords(), r.validity().label(),
                    PublicCatalogue.url(r.id()), publisher == null || !publisher.isExternalIssuer()));
        }
        return out;
    }

    private record Row(long id, String indexNumber, long unitId, java.time.LocalDate writtenOn,
            java.time.LocalDate publishedOn, Validity validity, String title, String summary, String documentNumber,
            String topic, InformationCategory category, String genre, List<String> keywords, String body) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("index_number"), rs.getLong("unit_id"),
                DocumentRepository.date(rs, "written_on"), DocumentRepository.date(rs, "published_on"),
                Validity.valueOf(rs.getString("validity")), rs.getString("title"), rs.getString("summary"),
                rs.getString("document_number"), rs.getString("topic"),
                InformationCategory.valueOf(rs.getString("category")), rs.getString("genre"),
                DocumentRepository.keywords(rs.getString("keywords")), rs.getString("body"));
    }
}
