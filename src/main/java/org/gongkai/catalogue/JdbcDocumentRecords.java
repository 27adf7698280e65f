package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link DocumentRecords} straight from the catalogue's tables (public = a public version, not withdrawn). */
@Component
class JdbcDocumentRecords implements DocumentRecords {

    private static final String PUBLIC = "d.public_version IS NOT NULL AND d.status <> 'WITHDRAWN'";

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    JdbcDocumentRecords(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public List<Long> publishedBetween(LocalDate from, LocalDate to) {
        Set<Long> external = units.findAll().stream().filter(UnitDirectory.UnitView::isExternalIssuer)
                .map(UnitDirectory.UnitView::id).collect(Collectors.toSet());
        return jdbc.sql("SELECT d.id, d.unit_id FROM catalogue_document d WHERE " + PUBLIC
                        + " AND d.published_on BETWEEN :from AND :to ORDER BY d.published_on, d.id")
                .param("from", from).param("to", to)
                .query((rs, n) -> external.contains(rs.getLong("unit_id")) ? null : rs.getLong("id")).list().stream()
                .filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<DocumentRecord> record(long id) {
        return jdbc.sql("SELECT d.* FROM catalogue_document d WHERE d.id = ? AND " + PUBLIC).param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    private DocumentRecord map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        // the document's metadata as the public sees it: the public version's (a revision in progress is not public)
        List<VersionRecord> versions = jdbc.sql("SELECT * FROM catalogue_version WHERE document_id = ? ORDER BY version")
                .param(id).query((v, n) -> new VersionRecord(v.getInt("version"), v.getString("title"),
                        v.getString("summary"), v.getString("document_number"), v.getString("topic"),
                        label(v.getString("category")), v.getString("genre"), v.getString("keywords"),
                        v.getString("body"), v.getTimestamp("published_at").toInstant()))
                .list();
        int publicVersion = rs.getInt("public_version");
        VersionRecord current = versions.stream().filter(v -> v.version() == publicVersion).findFirst()
                .orElse(versions.get(versions.size() - 1));
        List<AttachmentRecord> attachments = jdbc.sql("SELECT id, name, media_type, size_bytes, file_id FROM "
                        + "catalogue_attachment WHERE document_id = ? AND removed = FALSE ORDER BY id").param(id)
                .query((a, n) -> new AttachmentRecord(a.getLong("id"), a.getString("name"), a.getString("media_type"),
                        a.getLong("size_bytes"), a.getString("file_id")))
                .list();
        return new DocumentRecord(id, rs.getString("index_number"), rs.getLong("unit_id"), current.title(),
                current.documentNumber(), DocumentRepository.date(rs, "written_on"),
                DocumentRepository.date(rs, "published_on"), current.topic(), current.category(), current.genre(),
                Validity.valueOf(rs.getString("validity")).label(), DocumentRepository.date(rs, "effective_from"),
                DocumentRepository.date(rs, "effective_to"), DocumentRepository.longOrNull(rs, "interprets_id"),
                versions, attachments);
    }

    private static String label(String category) {
        try {
            return InformationCategory.valueOf(category).label();
        } catch (IllegalArgumentException e) {
            return category;
        }
    }
}
