package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every column a query looks up or joins on leads an index or the primary key (issue #13: one unindexed
 * {@code catalogue_document.interprets_id} made every document read scan the whole table). Read from the migrated
 * schema through JDBC metadata, on H2 and — in the PostgreSQL tier — on PostgreSQL, which, unlike H2, does not index
 * the referencing column of a foreign key by itself. A new {@code *_id} column needs an index, or an entry in
 * {@link #NEVER_LOOKED_UP} that says why no query ever searches by it.
 */
@IntegrationTest
class LookupIndexesTest {

    /** Columns not named {@code *_id} that queries look up (the hot ones of each module). */
    static final Set<String> LOOKED_UP = Set.of(
            "catalogue_document.document_number", // 文号 per publisher: editor and every import row
            "catalogue_document.index_number", // 索引号: unique, imports, links
            "catalogue_document.public_version", // the public catalogue
            "requests_request.tracking_number", // the applicant's lookup
            "requests_request.applicant_id_index", // requests of an applicant
            "org_unit.credit_code", // publisher of every import row
            "org_staff.username", // login
            "identity_api_token.token_hash", // every API call
            "imports_idempotency.actor", // an import's idempotency key
            "notify_outbox.status", // the outbox sweep
            "spring_session.session_id", // every request with a session
            "audit_record.occurred_at"); // the audit log's date filter

    /** {@code *_id} columns that no query searches by; each says why. Keep this list short and honest. */
    static final Set<String> NEVER_LOOKED_UP = Set.of(
            // read from the request's own row (who works on it); queues filter by unit_id
            "requests_request.assignee_id",
            // a stored file's id, read from the attachment row; files are found by their own primary key
            "requests_attachment.file_id",
            "catalogue_attachment.file_id",
            "catalogue_interpretation_part.file_id", // read from the part's row; an image part is found by its id
            // read from the finding's row to name the attachment; findings are read per document
            "catalogue_finding.attachment_id",
            // navigated from the row that holds them (then found by primary key); nothing asks "who replaces X"
            "catalogue_document.replaces_id",
            "catalogue_document.replaced_by_id",
            // the audit log is append-only and hash-chained; it is filtered by time, actor, action and outcome
            "audit_record.actor_unit_id",
            "audit_record.object_id",
            // always looked up with staff_id, which leads the primary key (staff_id, unit_id, role)
            "org_staff_role.unit_id",
            // the index feed is read by id range only (decision 015); a document's rows are never looked up
            "search_index_feed.document_id",
            // Spring Modulith's own table: completion looks up listener_id together with serialized_event, which
            // PostgreSQL's schema indexes (hash) and H2's leads with listener_id
            "event_publication.listener_id",
            // its archive (completion mode ARCHIVE): supervision's rebuild reads it by event type, never by listener
            "event_publication_archive.listener_id");

    @Autowired
    DataSource dataSource;

    @Test
    void everyIdColumnAndEveryLookedUpColumnLeadsAnIndex() throws SQLException {
        Set<String> columns = new TreeSet<>();
        Set<String> leading = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                    while (rs.next()) {
                        columns.add(name(table, rs.getString("COLUMN_NAME")));
                    }
                }
                try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, true)) {
                    while (rs.next()) {
                        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                            leading.add(name(table, rs.getString("COLUMN_NAME")));
                        }
                    }
                }
                try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                    while (rs.next()) {
                        if (rs.getShort("KEY_SEQ") == 1) {
                            leading.add(name(table, rs.getString("COLUMN_NAME")));
                        }
                    }
                }
            }
        }
        assertThat(columns).as("the schema was read").contains("catalogue_document.interprets_id");
        assertThat(columns).as("looked-up columns that exist").containsAll(LOOKED_UP);
        assertThat(columns).as("allow-listed columns that exist (remove stale entries)").containsAll(NEVER_LOOKED_UP);

        Set<String> missing = new TreeSet<>();
        for (String column : columns) {
            boolean lookedUp = column.endsWith("_id") || LOOKED_UP.contains(column);
            if (lookedUp && !NEVER_LOOKED_UP.contains(column) && !leading.contains(column)) {
                missing.add(column);
            }
        }
        assertThat(missing).as("columns looked up or joined on that lead no index (add one in a migration, "
                + "or allow-list a column no query searches by, saying why)").isEmpty();
        Set<String> needless = new TreeSet<>(NEVER_LOOKED_UP);
        needless.retainAll(leading);
        needless.remove("event_publication.listener_id"); // Modulith's H2 schema indexes it, its PostgreSQL one does not
        needless.remove("event_publication_archive.listener_id"); // the same for its archive
        assertThat(needless).as("allow-listed columns that lead an index anyway (remove them from the list)").isEmpty();
    }

    private static String name(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
