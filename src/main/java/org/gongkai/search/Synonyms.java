package org.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym groups used at query time; cached, reloaded after every change on this instance and at least every
 * {@link #RELOAD_AFTER}, so an administrator's edit on one instance reaches the others within seconds.
 */
@Component
public class Synonyms {

    public record Group(long id, List<String> terms) {}

    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 30;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    static final Duration RELOAD_AFTER = Duration.ofSeconds(5);
    private volatile List<Group> cache;
    private volatile Instant loadedAt;

    Synonyms(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Group> groups() {
        List<Group> groups = cache;
        Instant now = clock.instant();
        Instant loaded = loadedAt;
        if (groups == null || loaded == null || now.isBefore(loaded) || !now.isBefore(loaded.plus(RELOAD_AFTER))) {
            groups = jdbc.sql("SELECT id, terms FROM search_synonym ORDER BY id")
                    .query((rs, n) -> new Group(rs.getLong("id"), List.of(rs.getString("terms").split(","))))
                    .list();
            cache = groups;
            loadedAt = now;
        }
        return groups;
    }

    List<List<String>> termGroups() {
        return groups().stream().map(Group::terms).toList();
    }

    @Transactional
    public Group add(String text) {
        List<String> terms = parse(text);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO search_synonym (terms, updated_at) VALUES (:terms, :at)")
                .param("terms", String.join(",", terms)).param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        cache = null;
        auditLog.success("SEARCH_SYNONYM_ADDED", "SearchSynonym", id, String.join(",", terms));
        return new Group(id, terms);
    }

    @Transactional
    public void delete(long id) {
        Group group = groups().stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(GongkaiException::notFound);
        jdbc.sql("DELETE FROM search_synonym WHERE id = :id").param("id", id).update();
        cache = null;
        auditLog.success("SEARCH_SYNONYM_DELETED", "SearchSynonym", id, String.join(",", group.terms()));
    }

    /** Terms separated by commas (half- or full-width), 、 or white space; two to twenty distinct terms. */
    static List<String> parse(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(t -> !t.isEmpty()).forEach(terms::add);
        }
        if (terms.size() < 2) {
            throw GongkaiException.invalid("terms", "请至少填写两个同义词，用逗号分隔，例如：社保,社会保险");
        }
        if (terms.size() > MAX_TERMS) {
            throw GongkaiException.invalid("terms", "一组同义词最多 " + MAX_TERMS + " 个");
        }
        for (String term : terms) {
            if (term.length() > MAX_TERM_LENGTH) {
                throw GongkaiException.invalid("terms", "同义词“" + term.substring(0, 10) + "…”过长，每个词最多 "
                        + MAX_TERM_LENGTH + " 个字");
            }
        }
        return List.copyOf(terms);
    }
}
