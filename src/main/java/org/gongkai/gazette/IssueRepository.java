package org.gongkai.gazette;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalogue.PublishedDocuments.PublishedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gazette's tables: issues and their entries. */
@Repository
class IssueRepository {

    private static final String ISSUE = "SELECT id, issue_year, issue_number, status, published_on, published_at "
            + "FROM gazette_issue";

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(int year, int number, Long createdBy, Instant now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gazette_issue (issue_year, issue_number, status, created_by, created_at) "
                + "VALUES (?, ?, 'DRAFT', ?, ?)").params(year, number, createdBy, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    int nextNumber(int year) {
        return jdbc.sql("SELECT COALESCE(MAX(issue_number), 0) + 1 FROM gazette_issue WHERE issue_year = ?")
                .param(year).query(Integer.class).single();
    }

    boolean exists(int year, int number) {
        return jdbc.sql("SELECT COUNT(*) FROM gazette_issue WHERE issue_year = ? AND issue_number = ?")
                .params(year, number).query(Long.class).single() > 0;
    }

    Optional<GazetteIssue> find(long id) {
        return one(jdbc.sql(ISSUE + " WHERE id = ?").param(id).query(IssueRepository::row).optional());
    }

    /** Locks the issue's row for a change (two editors moving entries at once serialise). */
    Optional<GazetteIssue> lock(long id) {
        return one(jdbc.sql(ISSUE + " WHERE id = ? FOR UPDATE").param(id).query(IssueRepository::row).optional());
    }

    Optional<GazetteIssue> find(int year, int number) {
        return one(jdbc.sql(ISSUE + " WHERE issue_year = ? AND issue_number = ?").params(year, number)
                .query(IssueRepository::row).optional());
    }

    /** The issues of a year (all states, or only {@code status}), by number. */
    List<GazetteIssue> ofYear(int year, IssueStatus status) {
        List<GazetteIssue> heads = jdbc.sql(ISSUE + " WHERE issue_year = ?" + (status == null ? "" : " AND status = ?")
                + " ORDER BY issue_number").params(status == null ? new Object[] {year} : new Object[] {year, status.name()})
                .query(IssueRepository::row).list();
        return withEntries(heads);
    }

    /** Published issues that came out from {@code from} to {@code to}, in order. */
    List<GazetteIssue> publishedBetween(LocalDate from, LocalDate to) {
        return withEntries(jdbc.sql(ISSUE + " WHERE status = 'PUBLISHED' AND published_on BETWEEN ? AND ? "
                + "ORDER BY published_on, issue_year, issue_number").params(from, to).query(IssueRepository::row).list());
    }

    /** The newest published issues, newest first. */
    List<GazetteIssue> latestPublished(int limit) {
        return withEntries(jdbc.sql(ISSUE + " WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT "
                + limit).query(IssueRepository::row).list());
    }

    /** Years with at least one issue (of {@code status}, or any), newest first. */
    List<Integer> years(IssueStatus status) {
        return jdbc.sql("SELECT DISTINCT issue_year FROM gazette_issue" + (status == null ? "" : " WHERE status = ?")
                + " ORDER BY issue_year DESC").params(status == null ? new Object[0] : new Object[] {status.name()})
                .query(Integer.class).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM gazette_issue").query(Long.class).single();
    }

    void addEntry(long issueId, String section, PublishedDocument d) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM gazette_entry WHERE issue_id = ?")
                .param(issueId).query(Integer.class).single();
        jdbc.sql("INSERT INTO gazette_entry (issue_id, section, position, document_id, index_number, title, "
                + "document_number, publisher_unit_id, publisher_name, genre, written_on, document_published_on, url, "
                + "body_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(issueId, section, position, d.id(), d.indexNumber(), d.title(), d.documentNumber(),
                        d.publisherUnitId(), d.publisherName(), d.genre(), d.writtenOn(), d.publishedOn(), d.url(),
                        d.bodyText() == null ? "" : d.bodyText())
                .update();
    }

    /** Takes the document's current public form into the entry (at publication). */
    void refresh(long issueId, PublishedDocument d) {
        jdbc.sql("UPDATE gazette_entry SET index_number = ?, title = ?, document_number = ?, publisher_unit_id = ?, "
                + "publisher_name = ?, genre = ?, written_on = ?, document_published_on = ?, url = ?, body_text = ? "
                + "WHERE issue_id = ? AND document_id = ?")
                .params(d.indexNumber(), d.title(), d.documentNumber(), d.publisherUnitId(), d.publisherName(),
                        d.genre(), d.writtenOn(), d.publishedOn(), d.url(), d.bodyText() == null ? "" : d.bodyText(),
                        issueId, d.id())
                .update();
    }

    int removeEntry(long issueId, long documentId) {
        return jdbc.sql("DELETE FROM gazette_entry WHERE issue_id = ? AND document_id = ?").params(issueId, documentId)
                .update();
    }

    void place(long entryId, String section, int position) {
        jdbc.sql("UPDATE gazette_entry SET section = ?, position = ? WHERE id = ?").params(section, position, entryId)
                .update();
    }

    void publish(long issueId, LocalDate on, Instant at) {
        jdbc.sql("UPDATE gazette_issue SET status = 'PUBLISHED', published_on = ?, published_at = ? WHERE id = ?")
                .params(on, Timestamp.from(at), issueId).update();
    }

    private Optional<GazetteIssue> one(Optional<GazetteIssue> head) {
        return head.map(h -> withEntries(List.of(h)).get(0));
    }

    private List<GazetteIssue> withEntries(List<GazetteIssue> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<GazetteIssue.Entry>> entries = entries(heads.stream().map(GazetteIssue::id).toList());
        List<GazetteIssue> out = new ArrayList<>(heads.size());
        for (GazetteIssue h : heads) {
            out.add(new GazetteIssue(h.id(), h.year(), h.number(), h.status(), h.publishedOn(), h.publishedAt(),
                    entries.getOrDefault(h.id(), List.of())));
        }
        return out;
    }

    private Map<Long, List<GazetteIssue.Entry>> entries(Collection<Long> issueIds) {
        Map<Long, List<GazetteIssue.Entry>> out = new HashMap<>();
        jdbc.sql("SELECT * FROM gazette_entry WHERE issue_id IN (:ids) ORDER BY issue_id, position")
                .param("ids", issueIds).query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("issue_id"), k -> new ArrayList<>()).add(entry(rs));
                });
        return out;
    }

    private static GazetteIssue.Entry entry(ResultSet rs) throws SQLException {
        return new GazetteIssue.Entry(rs.getLong("id"), rs.getString("section"), rs.getInt("position"),
                rs.getLong("document_id"), rs.getString("index_number"), rs.getString("title"),
                rs.getString("document_number"), rs.getLong("publisher_unit_id"), rs.getString("publisher_name"),
                rs.getString("genre"), date(rs, "written_on"), date(rs, "document_published_on"), rs.getString("url"),
                rs.getString("body_text"));
    }

    private static GazetteIssue row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("published_at");
        return new GazetteIssue(rs.getLong("id"), rs.getInt("issue_year"), rs.getInt("issue_number"),
                IssueStatus.valueOf(rs.getString("status")), date(rs, "published_on"),
                at == null ? null : at.toInstant(), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
