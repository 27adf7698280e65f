package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of documents and their published versions (plain SQL for H2 and PostgreSQL). */
@Repository
class DocumentRepository {

    static final String COLUMNS = "id, unit_id, status, title, summary, document_number, written_on, published_on, "
            + "published_at, scheduled_at, topic, category, genre, keywords, disclosure_mode, validity, effective_from, "
            + "effective_to, replaces_id, replaced_by_id, interprets_id, body, index_number, public_version, imported, "
            + "withdrawn_reason, repeal_note, created_by, created_at, updated_at";

    private static final String INSERT = """
            INSERT INTO catalogue_document (unit_id, status, title, summary, document_number, written_on,
              published_on, published_at, scheduled_at, topic, category, genre, keywords, disclosure_mode, validity,
              effective_from, effective_to, replaces_id, replaced_by_id, interprets_id, body, index_number,
              public_version, imported, withdrawn_reason, repeal_note, created_by, created_at, updated_at)
            VALUES (:unit, :status, :title, :summary, :number, :writtenOn, :publishedOn, :publishedAt, :scheduledAt,
              :topic, :category, :genre, :keywords, :mode, :validity, :from, :to, :replaces, :replacedBy,
              :interprets, :body, :indexNumber, :publicVersion, :imported, :withdrawnReason, :repealNote,
              :createdBy, :createdAt, :updatedAt)""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    DocumentRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Document insert(Document d) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).paramSource(insertParameters(d)).update(keys, "id");
        d.assignId(keys.getKey().longValue());
        return d;
    }

    /**
     * Inserts documents with one JDBC batch (an import writes a batch at a time) and gives each its generated id,
     * in order. Works alike on H2 and PostgreSQL (generated keys of a batch).
     */
    void insertAll(List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        KeyHolder keys = new GeneratedKeyHolder();
        named.batchUpdate(INSERT, batch.stream().map(DocumentRepository::insertParameters)
                .toArray(SqlParameterSource[]::new), keys, new String[] {"id"});
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != batch.size()) {
            throw new IllegalStateException("expected " + batch.size() + " generated ids, got " + ids.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).assignId(((Number) ids.get(i).values().iterator().next()).longValue());
        }
    }

    private static MapSqlParameterSource insertParameters(Document d) {
        DocumentContent c = d.content();
        return new MapSqlParameterSource()
                .addValue("unit", d.unitId()).addValue("status", d.status().name())
                .addValue("title", c.title()).addValue("summary", c.summary()).addValue("number", c.documentNumber())
                .addValue("writtenOn", c.writtenOn()).addValue("publishedOn", d.publishedOn())
                .addValue("publishedAt", ts(d.publishedAt())).addValue("scheduledAt", ts(d.scheduledAt()))
                .addValue("topic", c.topic()).addValue("category", c.category().name()).addValue("genre", c.genre())
                .addValue("keywords", String.join(";", c.keywords())).addValue("mode", c.disclosureMode().name())
                .addValue("validity", c.validity().name()).addValue("from", c.effectiveFrom())
                .addValue("to", c.effectiveTo()).addValue("replaces", d.replacesId())
                .addValue("replacedBy", d.replacedById()).addValue("interprets", c.interpretsId())
                .addValue("body", c.body()).addValue("indexNumber", d.indexNumber())
                .addValue("publicVersion", d.publicVersion()).addValue("imported", d.imported())
                .addValue("withdrawnReason", d.withdrawnReason()).addValue("repealNote", d.repealNote())
                .addValue("createdBy", d.createdBy()).addValue("createdAt", ts(d.createdAt()))
                .addValue("updatedAt", ts(d.updatedAt()));
    }

    void update(Document d) {
        DocumentContent c = d.content();
        jdbc.sql("""
                UPDATE catalogue_document SET status = :status, title = :title, summary = :summary,
                  document_number = :number, written_on = :writtenOn, published_on = :publishedOn,
                  published_at = :publishedAt, scheduled_at = :scheduledAt, topic = :topic, category = :category,
                  genre = :genre, keywords = :keywords, disclosure_mode = :mode, validity = :validity,
                  effective_from = :from, effective_to = :to, replaces_id = :replaces, replaced_by_id = :replacedBy,
                  interprets_id = :interprets, body = :body, index_number = :indexNumber,
                  public_version = :publicVersion, withdrawn_reason = :withdrawnReason, repeal_note = :repealNote,
                  updated_at = :updatedAt
                WHERE id = :id""")
                .param("id", d.id()).param("status", d.status().name())
                .param("title", c.title()).param("summary", c.summary()).param("number", c.documentNumber())
                .param("writtenOn", c.writtenOn()).param("publishedOn", d.publishedOn())
                .param("publishedAt", ts(d.publishedAt())).param("scheduledAt", ts(d.scheduledAt()))
                .param("topic", c.topic()).param("category", c.category().name()).param("genre", c.genre())
                .param("keywords", String.join(";", c.keywords())).param("mode", c.disclosureMode().name())
                .param("validity", c.validity().name()).param("from", c.effectiveFrom()).param("to", c.effectiveTo())
                .param("replaces", d.replacesId()).param("replacedBy", d.replacedById())
                .param("interprets", c.interpretsId()).param("body", c.body())
                .param("indexNumber", d.indexNumber()).param("publicVersion", d.publicVersion())
                .param("withdrawnReason", d.withdrawnReason()).param("repealNote", d.repealNote())
                .param("updatedAt", ts(d.updatedAt()))
                .update();
    }

    /** Records why the document was returned (null when it is submitted again). */
    void returnedBecause(long id, String reason) {
        jdbc.sql("UPDATE catalogue_document SET returned_reason = :reason WHERE id = :id").param("id", id)
                .param("reason", reason).update();
    }

    /** Why the document was last returned, while it has not been submitted again. */
    Optional<String> returnedReason(long id) {
        return jdbc.sql("SELECT returned_reason FROM catalogue_document WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    Optional<Document> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE id = ?").param(id)
                .query(DocumentRepository::map).optional();
    }

    /** Reads the row under a row lock, so concurrent workflow actions on one document serialise. */
    Optional<Document> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE id = ? FOR UPDATE").param(id)
                .query(DocumentRepository::map).optional();
    }

    List<Document> inUnits(Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE unit_id IN (:units) "
                + "ORDER BY updated_at DESC, id DESC LIMIT :limit")
                .param("units", unitIds).param("limit", limit).query(DocumentRepository::map).list();
    }

    /** Documents of the units in one workflow status, oldest change first (the queue's status filter). */
    List<Document> withStatus(Collection<Long> unitIds, DocumentStatus status) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE unit_id IN (:units) AND status = :status "
                + "ORDER BY updated_at, id")
                .param("units", unitIds).param("status", status.name()).query(DocumentRepository::map).list();
    }

    /** Documents not yet public and not withdrawn (the publication deadline still runs for them). */
    List<Document> unpublished(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE unit_id IN (:units) "
                + "AND published_on IS NULL AND status <> 'WITHDRAWN' ORDER BY written_on, id")
                .param("units", unitIds).query(DocumentRepository::map).list();
    }

    List<Long> dueScheduled(Instant now) {
        return jdbc.sql("SELECT id FROM catalogue_document WHERE status = 'SCHEDULED' AND scheduled_at <= ? ORDER BY id")
                .param(ts(now)).query(Long.class).list();
    }

    List<Long> publicIds(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM catalogue_document WHERE public_version IS NOT NULL AND status <> 'WITHDRAWN' "
                + "AND id > ? ORDER BY id LIMIT ?").param(afterId).param(limit).query(Long.class).list();
    }

    Optional<Document> findByIndexNumber(String indexNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE index_number = ?").param(indexNumber)
                .query(DocumentRepository::map).optional();
    }

    void setInterprets(long id, Long interpretsId) {
        jdbc.sql("UPDATE catalogue_document SET interprets_id = ? WHERE id = ?").params(interpretsId, id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Long.class).single();
    }

    /** Documents of a unit that carry this document number (文号), other than {@code exceptId}. */
    List<Document> withDocumentNumber(long unitId, String documentNumber, Long exceptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalogue_document WHERE unit_id = :u AND document_number = :n"
                        + " AND id <> :except ORDER BY id")
                .param("u", unitId).param("n", documentNumber).param("except", exceptId == null ? -1L : exceptId)
                .query(DocumentRepository::map).list();
    }

    boolean indexNumberTaken(String indexNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE index_number = ?").param(indexNumber)
                .query(Long.class).single() > 0;
    }

    /**
     * The holders of these 文号 (any publisher), oldest first: an import's check of one batch. The numbers go as one
     * array parameter ({@code = ANY(?)}), not an {@code IN} list: PostgreSQL caches a generic plan for a prepared
     * statement run often, and for a 1,000-value {@code IN} list that plan was a sequential scan comparing every row
     * with every value — seconds per batch at 50,000 documents; with an array parameter it is an index scan on H2 and
     * PostgreSQL alike.
     */
    List<DocumentNumbers.Holder> numberHolders(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT unit_id, document_number, title, index_number FROM catalogue_document "
                        + "WHERE document_number = ANY(?) ORDER BY id").param(numbers.toArray(String[]::new))
                .query((rs, n) -> new DocumentNumbers.Holder(rs.getLong("unit_id"), rs.getString("document_number"),
                        rs.getString("title"), rs.getString("index_number")))
                .list();
    }

    /** The publisher of each of these 索引号 that is taken: an import's check of one batch (array as above). */
    Map<String, Long> unitsOfIndexNumbers(Collection<String> indexNumbers) {
        Map<String, Long> units = new HashMap<>();
        if (!indexNumbers.isEmpty()) {
            jdbc.sql("SELECT index_number, unit_id FROM catalogue_document WHERE index_number = ANY(?)")
                    .param(indexNumbers.toArray(String[]::new))
                    .query(rs -> {
                        units.put(rs.getString("index_number"), rs.getLong("unit_id"));
                    });
        }
        return units;
    }

    // ---- published versions (备案) ----

    int nextVersion(long documentId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM catalogue_version WHERE document_id = ?")
                .param(documentId).query(Integer.class).single();
    }

    void insertVersion(long documentId, int version, DocumentContent c, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO catalogue_version (document_id, version, title, summary, document_number, topic, category,
                  genre, keywords, body, published_at, published_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, version, c.title(), c.summary(), c.documentNumber(), c.topic(),
                        c.category().name(), c.genre(), String.join(";", c.keywords()), c.body(), ts(at), by)
                .update();
    }

    /** Version 1 (备案) of each imported document, with one JDBC batch. */
    void insertFirstVersions(List<Document> batch, String by) {
        if (batch.isEmpty()) {
            return;
        }
        named.getJdbcTemplate().batchUpdate("""
                INSERT INTO catalogue_version (document_id, version, title, summary, document_number, topic, category,
                  genre, keywords, body, published_at, published_by)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch.stream().map(d -> {
                    DocumentContent c = d.content();
                    return new Object[] {d.id(), c.title(), c.summary(), c.documentNumber(), c.topic(),
                            c.category().name(), c.genre(), String.join(";", c.keywords()), c.body(), ts(d.publishedAt()),
                            by};
                }).toList());
    }

    List<PublishedVersion> versions(long documentId) {
        return jdbc.sql("SELECT * FROM catalogue_version WHERE document_id = ? ORDER BY version")
                .param(documentId).query(DocumentRepository::mapVersion).list();
    }

    Optional<PublishedVersion> version(long documentId, int version) {
        return jdbc.sql("SELECT * FROM catalogue_version WHERE document_id = ? AND version = ?")
                .params(documentId, version).query(DocumentRepository::mapVersion).optional();
    }

    // ---- mapping ----

    static Document map(ResultSet rs, int row) throws SQLException {
        DocumentContent content = new DocumentContent(rs.getString("title"), rs.getString("summary"),
                rs.getString("document_number"), date(rs, "written_on"), rs.getString("topic"),
                InformationCategory.valueOf(rs.getString("category")), rs.getString("genre"),
                keywords(rs.getString("keywords")), DisclosureMode.valueOf(rs.getString("disclosure_mode")),
                Validity.valueOf(rs.getString("validity")), date(rs, "effective_from"), date(rs, "effective_to"),
                longOrNull(rs, "interprets_id"), rs.getString("body"));
        Object pv = rs.getObject("public_version");
        return new Document(rs.getLong("id"), rs.getLong("unit_id"), DocumentStatus.valueOf(rs.getString("status")),
                content, date(rs, "published_on"), instant(rs, "published_at"), instant(rs, "scheduled_at"),
                longOrNull(rs, "replaces_id"), longOrNull(rs, "replaced_by_id"), rs.getString("index_number"),
                pv == null ? null : ((Number) pv).intValue(), rs.getBoolean("imported"),
                rs.getString("withdrawn_reason"), rs.getString("repeal_note"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static PublishedVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new PublishedVersion(rs.getLong("document_id"), rs.getInt("version"), rs.getString("title"),
                rs.getString("summary"), rs.getString("document_number"), rs.getString("topic"),
                InformationCategory.valueOf(rs.getString("category")), rs.getString("genre"),
                keywords(rs.getString("keywords")), rs.getString("body"), instant(rs, "published_at"),
                rs.getString("published_by"));
    }

    static List<String> keywords(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(";")).filter(k -> !k.isBlank()).toList();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
