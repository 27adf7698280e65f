package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Attachment insert(long documentId, String fileId, String name, String mediaType, long size, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO catalogue_attachment (document_id, file_id, name, media_type, size_bytes, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(documentId, fileId, name, mediaType, size, DocumentRepository.ts(now)).update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    List<Attachment> current(long documentId) {
        return jdbc.sql("SELECT * FROM catalogue_attachment WHERE document_id = ? AND removed = FALSE ORDER BY id")
                .param(documentId).query(AttachmentRepository::map).list();
    }

    /** The current attachments of many documents in one query, by document id (documents without any are absent). */
    Map<Long, List<Attachment>> current(Collection<Long> documentIds) {
        Map<Long, List<Attachment>> byDocument = new HashMap<>();
        if (documentIds.isEmpty()) {
            return byDocument;
        }
        jdbc.sql("SELECT * FROM catalogue_attachment WHERE document_id IN (:ids) AND removed = FALSE ORDER BY id")
                .param("ids", documentIds).query(AttachmentRepository::map).list()
                .forEach(a -> byDocument.computeIfAbsent(a.documentId(), k -> new ArrayList<>()).add(a));
        return byDocument;
    }

    Optional<Attachment> find(long id) {
        return jdbc.sql("SELECT * FROM catalogue_attachment WHERE id = ?").param(id).query(AttachmentRepository::map)
                .optional();
    }

    void remove(long id) {
        jdbc.sql("UPDATE catalogue_attachment SET removed = TRUE WHERE id = ?").param(id).update();
    }

    static Attachment map(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("document_id"), rs.getString("file_id"),
                rs.getString("name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getBoolean("removed"),
                DocumentRepository.instant(rs, "created_at"));
    }
}
