package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long documentId, String source, Long attachmentId, PersonalDataGuard.Kind kind, String fingerprint,
            String masked, String context, String scan, Instant now) {
        jdbc.sql("""
                INSERT INTO catalogue_finding (document_id, source, attachment_id, kind, fingerprint, masked_value,
                  context, status, scan, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(documentId, source, attachmentId, kind.name(), fingerprint, cut(masked, 100), cut(context, 500),
                        scan, DocumentRepository.ts(now))
                .update();
    }

    List<Finding> forDocument(long documentId) {
        return jdbc.sql("SELECT * FROM catalogue_finding WHERE document_id = ? ORDER BY id").param(documentId)
                .query(FindingRepository::map).list();
    }

    Optional<Finding> find(long id) {
        return jdbc.sql("SELECT * FROM catalogue_finding WHERE id = ?").param(id).query(FindingRepository::map)
                .optional();
    }

    void resolve(long id, Finding.Status status, String reason, String by, Instant at) {
        jdbc.sql("UPDATE catalogue_finding SET status = ?, override_reason = ?, resolved_by = ?, resolved_at = ? WHERE id = ?")
                .params(status.name(), reason, by, DocumentRepository.ts(at), id).update();
    }

    /** Open findings of re-scans of public documents in the given units. */
    List<Finding> openRescans(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT f.* FROM catalogue_finding f JOIN catalogue_document d ON d.id = f.document_id "
                + "WHERE f.status = 'OPEN' AND f.scan = 'RESCAN' AND d.unit_id IN (:units) ORDER BY f.id DESC")
                .param("units", unitIds).query(FindingRepository::map).list();
    }

    static Finding map(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getLong("id"), rs.getLong("document_id"), rs.getString("source"),
                DocumentRepository.longOrNull(rs, "attachment_id"), PersonalDataGuard.Kind.valueOf(rs.getString("kind")),
                rs.getString("fingerprint"), rs.getString("masked_value"), rs.getString("context"),
                Finding.Status.valueOf(rs.getString("status")), rs.getString("scan"), rs.getString("override_reason"),
                rs.getString("resolved_by"), DocumentRepository.instant(rs, "found_at"),
                DocumentRepository.instant(rs, "resolved_at"));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
