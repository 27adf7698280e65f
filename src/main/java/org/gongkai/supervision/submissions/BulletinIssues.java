package org.gongkai.supervision.submissions;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.submissions.SubmissionCommands.CompileBulletinIssue;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The issues of the office's own bulletin (《示例县政务信息》第N期): compiled from adopted submissions in the order the
 * office chose, numbered per year, each item with its unit and the text as edited. Read as HTML (console) and DOCX.
 */
@Service
public class BulletinIssues {

    public record Item(long submissionId, String unitName, String title, String text) {}

    public record Issue(long id, int year, int number, String title, LocalDate compiledOn, List<Item> items) {

        /** 《示例县政务信息》2026年第3期. */
        public String heading(String bulletinName) {
            return "《" + bulletinName + "》" + year + "年第" + number + "期";
        }
    }

    private final JdbcClient jdbc;
    private final SubmissionRepository submissions;
    private final SupervisionOffice office;
    private final SubmissionSettings settings;
    private final Clock clock;

    BulletinIssues(JdbcClient jdbc, SubmissionRepository submissions, SupervisionOffice office,
            SubmissionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.office = office;
        this.settings = settings;
        this.clock = clock;
    }

    Issue compile(CompileBulletinIssue c, Actor actor) {
        Set<Long> scope = office.scope(actor);
        Set<Long> ids = new LinkedHashSet<>(c.submissionIds());
        List<Submission> chosen = new ArrayList<>();
        for (Long id : ids) {
            Submission s = submissions.find(id).filter(x -> scope.contains(x.unitId()))
                    .orElseThrow(() -> GongkaiException.invalid("submissionIds", "没有编号为 " + id + " 的信息"));
            if (!SubmissionLifecycle.TABLE.allows(s.status(), Action.INCLUDE_IN_ISSUE)) {
                throw GongkaiException.invalid("submissionIds", "信息“" + s.title() + "”尚未被采用，不能编入");
            }
            chosen.add(s);
        }
        LocalDate today = LocalDate.now(clock);
        int number = jdbc.sql("SELECT COALESCE(MAX(issue_number), 0) FROM supervision_submission_issue "
                + "WHERE issue_year = ?").param(today.getYear()).query(Integer.class).single() + 1;
        String title = c.title() == null || c.title().isBlank() ? settings.bulletinName() : c.title().strip();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_submission_issue (issue_year, issue_number, title, compiled_on, compiled_by, "
                        + "compiled_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(today.getYear(), number, title, today, actor.staffId(), Timestamp.from(clock.instant()))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < chosen.size(); i++) {
            jdbc.sql("INSERT INTO supervision_submission_issue_item (issue_id, position, submission_id) VALUES (?, ?, ?)")
                    .params(id, i + 1, chosen.get(i).id()).update();
        }
        return find(id).orElseThrow();
    }

    public Optional<Issue> find(long id) {
        return jdbc.sql("SELECT id, issue_year, issue_number, title, compiled_on FROM supervision_submission_issue "
                        + "WHERE id = ?").param(id)
                .query((rs, n) -> new Issue(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), List.of()))
                .optional().map(i -> new Issue(i.id(), i.year(), i.number(), i.title(), i.compiledOn(), items(i.id())));
    }

    public List<Issue> list() {
        return jdbc.sql("SELECT id, issue_year, issue_number, title, compiled_on FROM supervision_submission_issue "
                        + "ORDER BY issue_year DESC, issue_number DESC LIMIT 200")
                .query((rs, n) -> new Issue(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), List.of())).list();
    }

    private List<Item> items(long issueId) {
        List<Long> ids = jdbc.sql("SELECT submission_id FROM supervision_submission_issue_item WHERE issue_id = ? "
                + "ORDER BY position").param(issueId).query(Long.class).list();
        return ids.stream().map(id -> submissions.find(id).orElseThrow()).map(s -> new Item(s.id(),
                office.unit(s.unitId()).map(u -> u.name()).orElse(""), s.title(), s.text())).toList();
    }
}
