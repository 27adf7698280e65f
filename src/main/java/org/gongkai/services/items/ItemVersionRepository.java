package org.gongkai.services.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of items ({@code services_item_version}): the whole guide as JSON per version. */
@Repository
class ItemVersionRepository {

    private static final String COLUMNS = "id, item_id, version, status, content, note, created_by, created_at, "
            + "reviewed_by, reviewed_at, review_note";

    private final JdbcClient jdbc;

    ItemVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the item, newest first. */
    List<ItemVersion> list(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item_version WHERE item_id = :item ORDER BY version DESC")
                .param("item", itemId).query((rs, n) -> row(rs)).list();
    }

    Optional<ItemVersion> find(long itemId, int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item_version WHERE item_id = :item AND version = :v")
                .param("item", itemId).param("v", version).query((rs, n) -> row(rs)).optional();
    }

    /** The newest version, locked for the transaction (two editors saving at once take turns). */
    Optional<ItemVersion> latestForUpdate(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item_version WHERE item_id = :item "
                        + "AND version = (SELECT MAX(version) FROM services_item_version WHERE item_id = :item) FOR UPDATE")
                .param("item", itemId).query((rs, n) -> row(rs)).optional();
    }

    Optional<ItemVersion> latest(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item_version WHERE item_id = :item "
                        + "AND version = (SELECT MAX(version) FROM services_item_version WHERE item_id = :item)")
                .param("item", itemId).query((rs, n) -> row(rs)).optional();
    }

    /** Replaces the content of a draft (saving again before submitting). */
    void replaceDraft(long id, ItemContent content, String note, String by, Instant at) {
        jdbc.sql("UPDATE services_item_version SET content = :content, note = :note, created_by = :by, "
                        + "created_at = :at WHERE id = :id AND status = 'DRAFT'")
                .param("content", ServiceItemRepository.JSON.writeValueAsString(content)).param("note", note)
                .param("by", by).param("at", ServiceItemRepository.at(at)).param("id", id).update();
    }

    void submit(long id) {
        jdbc.sql("UPDATE services_item_version SET status = 'IN_REVIEW' WHERE id = :id").param("id", id).update();
    }

    void review(long id, VersionStatus outcome, String by, Instant at, String note) {
        jdbc.sql("UPDATE services_item_version SET status = :status, reviewed_by = :by, reviewed_at = :at, "
                        + "review_note = :note WHERE id = :id")
                .param("status", outcome.name()).param("by", by).param("at", ServiceItemRepository.at(at))
                .param("note", note).param("id", id).update();
    }

    /** Item codes with a version waiting for review, among the items of these units. */
    List<String> inReview(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT i.code FROM services_item_version v JOIN services_item i ON i.id = v.item_id "
                        + "WHERE v.status = 'IN_REVIEW' AND i.unit_id IN (:units) ORDER BY v.created_at")
                .param("units", unitIds).query(String.class).list();
    }

    /** The items of these units (all when null) whose name or code contains {@code q}, with their latest version. */
    List<ItemEditing.Overview> overview(java.util.Collection<Long> unitIds, String q, int limit) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        String like = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("SELECT i.code, i.name, i.unit_id, i.version, v.version AS latest, v.status FROM services_item i "
                        + "JOIN services_item_version v ON v.item_id = i.id AND v.version = "
                        + "(SELECT MAX(version) FROM services_item_version WHERE item_id = i.id) WHERE "
                        + (unitIds == null ? "1 = 1" : "i.unit_id IN (:units)")
                        + (like == null ? "" : " AND (i.name LIKE :q ESCAPE '\\' OR i.code LIKE :q ESCAPE '\\')")
                        + " ORDER BY CASE v.status WHEN 'IN_REVIEW' THEN 0 WHEN 'DRAFT' THEN 1 WHEN 'REJECTED' THEN 2 "
                        + "ELSE 3 END, i.name, i.code LIMIT " + limit)
                .params(params(unitIds, like))
                .query((rs, n) -> new ItemEditing.Overview(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getInt(4), rs.getInt(5), VersionStatus.valueOf(rs.getString(6)))).list();
    }

    private static java.util.Map<String, Object> params(java.util.Collection<Long> unitIds, String like) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (unitIds != null) {
            p.put("units", unitIds);
        }
        if (like != null) {
            p.put("q", like);
        }
        return p;
    }

    private static ItemVersion row(ResultSet rs) throws SQLException {
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new ItemVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("version"),
                VersionStatus.valueOf(rs.getString("status")),
                ServiceItemRepository.JSON.readValue(rs.getString("content"), ItemContent.class), rs.getString("note"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("reviewed_by"), reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"));
    }
}
