package org.gongkai.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 政策解读 on time (issue #16): a public document of a genre that needs an interpretation ({@link
 * CatalogueProperties.Interpretation#genres()}) should have a public interpretation (a document whose {@code
 * interprets_id} names it) published within N working days of its own publication (the official calendar: the N-th
 * working day after the policy's publication date still counts, the next one does not). Gives the editor's warning,
 * the supervisor's list of policies still without one, and the figures of {@code POLICY_INTERPRETED_ON_TIME_RATE}.
 */
@Component
public class Interpretations {

    /** Most rows the overdue list shows (newest first); the page says when there are more. */
    public static final int OVERDUE_LIMIT = 500;

    private static final String PUBLIC = "d.public_version IS NOT NULL AND d.status <> 'WITHDRAWN'";
    private static final String FIRST_INTERPRETATION = "(SELECT MIN(i.published_on) FROM catalogue_document i "
            + "WHERE i.interprets_id = d.id AND i.public_version IS NOT NULL AND i.status <> 'WITHDRAWN')";
    private static final String POLICIES = "SELECT d.id, d.unit_id, v.title, d.index_number, v.genre, d.published_on, "
            + FIRST_INTERPRETATION + " AS interpreted_on FROM catalogue_document d JOIN catalogue_version v "
            + "ON v.document_id = d.id AND v.version = d.public_version WHERE " + PUBLIC
            + " AND d.interprets_id IS NULL AND d.published_on IS NOT NULL AND v.genre IN (:genres) ";

    /**
     * A public policy of a genre that needs an interpretation; {@code dueOn} is the last day an interpretation counts
     * as on time, {@code interpretedOn} the publication date of its first public interpretation (null: none).
     */
    public record Policy(long id, long unitId, String title, String indexNumber, String genre, LocalDate publishedOn,
            LocalDate dueOn, LocalDate interpretedOn) {

        public boolean interpretedOnTime() {
            return interpretedOn != null && !interpretedOn.isAfter(dueOn);
        }
    }

    /** The overdue list: at most {@link #OVERDUE_LIMIT} rows, {@code more} when some were left off. */
    public record Overdue(List<Policy> policies, boolean more, int workingDays) {}

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final UnitDirectory units;
    private final CatalogueProperties.Interpretation settings;
    private final Clock clock;

    Interpretations(JdbcClient jdbc, WorkingDayCalendar calendar, UnitDirectory units, CatalogueProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.units = units;
        this.settings = properties.interpretation();
        this.clock = clock;
    }

    public int workingDays() {
        return settings.workingDays();
    }

    /** Every public policy needing an interpretation that was published from {@code from} to {@code to}. */
    List<Policy> publishedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(POLICIES + "AND d.published_on BETWEEN :from AND :to ORDER BY d.published_on, d.id")
                .param("genres", settings.genres()).param("from", from).param("to", to)
                .query(this::policy).list().stream().filter(p -> !externalIssuers().contains(p.unitId())).toList();
    }

    /**
     * The policies of the actor's units (every role the catalogue console admits, with its data scope) still without a
     * public interpretation after the N working days, newest first.
     */
    public Overdue overdue(Actor actor) {
        Set<Long> visible = new java.util.HashSet<>(units.visibleUnits(actor, CatalogueAccessRules.CATALOGUE_ROLES));
        visible.removeAll(externalIssuers());
        if (visible.isEmpty()) {
            return new Overdue(List.of(), false, workingDays());
        }
        LocalDate today = LocalDate.now(clock);
        List<Policy> rows = jdbc.sql(POLICIES + "AND " + FIRST_INTERPRETATION + " IS NULL AND d.unit_id IN (:units) "
                        + "AND d.published_on <= :last ORDER BY d.published_on DESC, d.id DESC LIMIT :limit")
                .param("genres", settings.genres()).param("units", visible).param("last", lastLatePublication(today))
                .param("limit", OVERDUE_LIMIT + 1).query(this::policy).list();
        return new Overdue(rows.stream().limit(OVERDUE_LIMIT).toList(), rows.size() > OVERDUE_LIMIT, workingDays());
    }

    /** Bodies outside the county (法律法规): their documents are republished, not interpreted by the county. */
    private Set<Long> externalIssuers() {
        return units.findAll().stream().filter(UnitDirectory.UnitView::isExternalIssuer)
                .map(UnitDirectory.UnitView::id).collect(java.util.stream.Collectors.toSet());
    }

    /** The latest publication date whose N-th working day after it is before {@code today} (so it is late now). */
    LocalDate lastLatePublication(LocalDate today) {
        LocalDate p = today.minusDays(1);
        while (!calendar.addWorkingDays(p, workingDays()).date().isBefore(today)) {
            p = p.minusDays(1);
        }
        return p;
    }

    /**
     * The editor's warning for a public policy that needs an interpretation and has none yet (a warning: publication
     * is never refused for it), or empty.
     */
    public Optional<String> warning(Document d) {
        if (!d.isPublic() || d.publishedOn() == null || d.content().interpretsId() != null
                || !settings.needs(d.content().genre())) {
            return Optional.empty();
        }
        LocalDate first = jdbc.sql("SELECT MIN(published_on) FROM catalogue_document WHERE interprets_id = ? "
                + "AND public_version IS NOT NULL AND status <> 'WITHDRAWN'").param(d.id()).query(LocalDate.class)
                .optional().orElse(null);
        if (first != null) {
            return Optional.empty();
        }
        LocalDate due = calendar.addWorkingDays(d.publishedOn(), workingDays()).date();
        boolean late = due.isBefore(LocalDate.now(clock));
        return Optional.of("本文件体裁为“" + d.content().genre().strip() + "”，须发布政策解读：应在发布后" + workingDays()
                + "个工作日内（" + due + "前）发布" + (late ? "，现已超期" : "") + "。请起草解读，在“解读的文件编号”中填写本文件编号 "
                + d.id() + "。");
    }

    private Policy policy(ResultSet rs, int row) throws SQLException {
        LocalDate published = DocumentRepository.date(rs, "published_on");
        return new Policy(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                rs.getString("index_number"), rs.getString("genre"), published,
                calendar.addWorkingDays(published, workingDays()).date(), DocumentRepository.date(rs, "interpreted_on"));
    }
}
