package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees: the current published version of each public document, the tombstone of a withdrawn
 * one, and browsing by unit, topic, information category and year. (What search indexes is read set-based by
 * {@link PublishedDocumentReader}.)
 */
@Service
public class PublicCatalogue {

    public record Link(long id, String title) {}

    /** The public page of a document (or its tombstone when {@code withdrawn}). */
    public record PublicView(long id, String indexNumber, String title, String summary, String body, UnitView publisher,
            String documentNumber, LocalDate writtenOn, LocalDate publishedOn, Instant publishedAt,
            Instant versionPublishedAt, int version, String topic, InformationCategory category, String genre,
            List<String> keywords, Validity validity, LocalDate effectiveFrom, LocalDate effectiveTo, Link replaces,
            Link replacedBy, Link interprets, List<Link> interpretations, List<Attachment> attachments,
            boolean withdrawn, String withdrawnReason, String repealNote) {

        public String url() {
            return PublicCatalogue.url(id);
        }
    }

    /** One line of a public list. */
    public record Entry(long id, String indexNumber, String title, long unitId, String documentNumber,
            LocalDate writtenOn, LocalDate publishedOn, Instant publishedAt, String topic, InformationCategory category,
            String genre, Validity validity, String summary) {
        public String url() {
            return PublicCatalogue.url(id);
        }
    }

    public record Page(List<Entry> entries, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * What to list. {@code external}: true = only documents of external issuers (the 法律法规 column), false = only the
     * county's own units' documents, null = both (issue #10).
     */
    public record Filter(Long unitId, String topic, InformationCategory category, Integer year, Boolean policyOnly,
            Boolean external) {

        /** Both the county's own documents and the external issuers'. */
        public Filter(Long unitId, String topic, InformationCategory category, Integer year, Boolean policyOnly) {
            this(unitId, topic, category, year, policyOnly, null);
        }

        /** The county's own documents only (home page, 专栏, 法定主动公开内容). */
        public static Filter local() {
            return new Filter(null, null, null, null, null, false);
        }
    }

    private static final String PUBLIC = "d.public_version IS NOT NULL AND d.status <> 'WITHDRAWN'";
    private static final String ENTRY = "SELECT d.id, d.index_number, v.title, d.unit_id, v.document_number, d.written_on, "
            + "d.published_on, d.published_at, v.topic, v.category, v.genre, d.validity, v.summary FROM catalogue_document d "
            + "JOIN catalogue_version v ON v.document_id = d.id AND v.version = d.public_version ";

    private static final String D_COLUMNS = java.util.Arrays.stream(DocumentRepository.COLUMNS.split(",\\s*"))
            .map(c -> "d." + c).collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AttachmentRepository attachments;

    PublicCatalogue(JdbcClient jdbc, UnitDirectory units, AttachmentRepository attachments) {
        this.jdbc = jdbc;
        this.units = units;
        this.attachments = attachments;
    }

    public static String url(long id) {
        return "/openness/documents/" + id;
    }

    /** The public page of a document, or its tombstone; empty for drafts and unknown ids. */
    @Transactional(readOnly = true)
    public Optional<PublicView> view(long id) {
        return jdbc.sql("SELECT " + D_COLUMNS
                        + ", v.version v_version, v.title v_title, v.summary v_summary, v.document_number v_number, "
                        + "v.topic v_topic, v.category v_category, v.genre v_genre, v.keywords v_keywords, v.body v_body, "
                        + "v.published_at v_published_at FROM catalogue_document d JOIN catalogue_version v "
                        + "ON v.document_id = d.id AND v.version = COALESCE(d.public_version, "
                        + "(SELECT MAX(x.version) FROM catalogue_version x WHERE x.document_id = d.id)) WHERE d.id = ?")
                .param(id).query(this::mapView).optional()
                .filter(v -> v != null);
    }

    private PublicView mapView(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        boolean withdrawn = "WITHDRAWN".equals(rs.getString("status"));
        UnitView publisher = units.findById(rs.getLong("unit_id")).orElse(null);
        Long replaces = DocumentRepository.longOrNull(rs, "replaces_id");
        Long replacedBy = DocumentRepository.longOrNull(rs, "replaced_by_id");
        Long interprets = DocumentRepository.longOrNull(rs, "interprets_id");
        return new PublicView(id, rs.getString("index_number"), rs.getString("v_title"), rs.getString("v_summary"),
                withdrawn ? null : rs.getString("v_body"), publisher, rs.getString("v_number"),
                DocumentRepository.date(rs, "written_on"), DocumentRepository.date(rs, "published_on"),
                DocumentRepository.instant(rs, "published_at"), DocumentRepository.instant(rs, "v_published_at"),
                rs.getInt("v_version"), rs.getString("v_topic"), InformationCategory.valueOf(rs.getString("v_category")),
                rs.getString("v_genre"), DocumentRepository.keywords(rs.getString("v_keywords")),
                Validity.valueOf(rs.getString("validity")), DocumentRepository.date(rs, "effective_from"),
                DocumentRepository.date(rs, "effective_to"), link(replaces), link(replacedBy), link(interprets),
                interpretationsOf(id), withdrawn ? List.of() : attachments.current(id), withdrawn,
                rs.getString("withdrawn_reason"), rs.getString("repeal_note"));
    }

    private Link link(Long id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql("SELECT v.title FROM catalogue_document d JOIN catalogue_version v ON v.document_id = d.id "
                        + "AND v.version = d.public_version WHERE d.id = ? AND " + PUBLIC)
                .param(id).query(String.class).optional().map(t -> new Link(id, t)).orElse(null);
    }

    private List<Link> interpretationsOf(long id) {
        return jdbc.sql("SELECT d.id, v.title FROM catalogue_document d JOIN catalogue_version v ON v.document_id = d.id "
                        + "AND v.version = d.public_version WHERE d.interprets_id = ? AND " + PUBLIC + " ORDER BY d.id")
                .param(id).query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional(readOnly = true)
    public Page browse(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE " + PUBLIC);
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.unitId() != null) {
            where.append(" AND d.unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.topic() != null && !f.topic().isBlank()) {
            if (f.topic().contains("\\")) {
                where.append(" AND v.topic = :topic");
                params.put("topic", f.topic());
            } else {
                where.append(" AND v.topic LIKE :topic ESCAPE '!'");
                params.put("topic", f.topic().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "\\%");
            }
        }
        if (f.category() != null) {
            where.append(" AND v.category = :category");
            params.put("category", f.category().name());
        }
        if (Boolean.TRUE.equals(f.policyOnly())) {
            where.append(" AND v.category IN ('A20_01_LAW', 'A20_01_RULE', 'A20_01_NORMATIVE', 'A20_03_PLANS')");
        }
        if (f.external() != null) {
            List<Long> external = units.findAll().stream().filter(UnitView::isExternalIssuer).map(UnitView::id).toList();
            if (!external.isEmpty()) {
                where.append(f.external() ? " AND d.unit_id IN (:external)" : " AND d.unit_id NOT IN (:external)");
                params.put("external", external);
            } else if (f.external()) {
                where.append(" AND 1 = 0");
            }
        }
        if (f.year() != null) {
            where.append(" AND d.published_on >= :from AND d.published_on < :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(1, page);
        long total = jdbc.sql("SELECT COUNT(*) FROM catalogue_document d JOIN catalogue_version v ON v.document_id = d.id "
                + "AND v.version = d.public_version" + where).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql(ENTRY + where + " ORDER BY d.published_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", safeSize).param("offset", (safePage - 1) * safeSize)
                .query(PublicCatalogue::mapEntry).list();
        return new Page(entries, total, safePage, safeSize);
    }

    /**
     * Every year with publications of the county's own units, newest first (all past years stay browsable); the
     * external issuers' laws, some decades old, are browsed in their own column.
     */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        List<Long> external = units.findAll().stream().filter(UnitView::isExternalIssuer).map(UnitView::id).toList();
        return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM d.published_on) y FROM catalogue_document d WHERE " + PUBLIC
                        + (external.isEmpty() ? "" : " AND d.unit_id NOT IN (:external)") + " ORDER BY y DESC")
                .params(external.isEmpty() ? Map.of() : Map.of("external", external))
                .query((rs, n) -> rs.getInt(1)).list();
    }

    /** Public document counts per unit id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByUnit() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT d.unit_id, COUNT(*) FROM catalogue_document d WHERE " + PUBLIC + " GROUP BY d.unit_id")
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    @Transactional(readOnly = true)
    public void forEachEntry(Consumer<Entry> consumer) {
        jdbc.sql(ENTRY + " WHERE " + PUBLIC + " ORDER BY d.id").query(rs -> {
            consumer.accept(mapEntry(rs, 0));
        });
    }

    static Entry mapEntry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("index_number"), rs.getString("title"), rs.getLong("unit_id"),
                rs.getString("document_number"), DocumentRepository.date(rs, "written_on"),
                DocumentRepository.date(rs, "published_on"), DocumentRepository.instant(rs, "published_at"),
                rs.getString("topic"), InformationCategory.valueOf(rs.getString("category")), rs.getString("genre"),
                Validity.valueOf(rs.getString("validity")), rs.getString("summary"));
    }
}
