package org.gongkai.trading.draws;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.TradingScope;
import org.gongkai.trading.draws.DrawCommands.DrawExperts;
import org.gongkai.trading.draws.DrawCommands.Drawn;
import org.gongkai.trading.experts.ExpertRepository;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectRepository;
import org.springframework.stereotype.Service;

/**
 * The draw (issue #14): committee rules, the time window, the pool by {@link Eligibility}, a fresh seed from
 * {@link SecureRandom}, the selection by {@link DrawAlgorithm}; the record is stored with its commitment and pool digest
 * in the same transaction as the audit record that names them, before any name can be read. Sealed until the
 * evaluation starts.
 */
@Service
public class Draws {

    /** Draws are allowed from this many working days before the evaluation day. */
    static final int WORKING_DAYS_BEFORE = 2;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ProjectRepository projects;
    private final ExpertRepository experts;
    private final DrawRepository draws;
    private final TradingScope scope;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Draws(ProjectRepository projects, ExpertRepository experts, DrawRepository draws, TradingScope scope,
            WorkingDayCalendar calendar, Clock clock) {
        this.projects = projects;
        this.experts = experts;
        this.draws = draws;
        this.scope = scope;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The project in the officer's scope, else 404. */
    public Project project(Actor actor, String code) {
        return projects.findIn(code, scope.officerUnits(actor)).orElseThrow(GongkaiException::notFound);
    }

    Drawn draw(DrawExperts c, Actor actor) {
        Project p = project(actor, c.projectCode());
        String rule = CommitteeRule.violation(p.type(), p.budgetFen(), c.committeeSize(), c.count(), c.replacement());
        if (rule != null) {
            throw new GongkaiException(ErrorCode.COMMITTEE_SIZE, rule, "committeeSize");
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZONE).toLocalDate();
        if (p.evaluationAt() == null) {
            throw new GongkaiException(ErrorCode.DRAW_NEEDS_EVALUATION_TIME);
        }
        if (!c.replacement() && p.evaluationStarted(now)) {
            throw new GongkaiException(ErrorCode.EVALUATION_ALREADY_STARTED);
        }
        LocalDate evaluationDay = p.evaluationAt().atZone(ZONE).toLocalDate();
        if (calendar.workingDaysBetween(today, evaluationDay) > WORKING_DAYS_BEFORE) {
            throw new GongkaiException(ErrorCode.DRAW_TOO_EARLY, "评标时间为 " + evaluationDay + "，最早可在评标前 "
                    + WORKING_DAYS_BEFORE + " 个工作日抽取");
        }
        List<DrawRecord> earlier = draws.ofProject(p.id());
        Set<String> drawn = new HashSet<>();
        Set<String> declined = new HashSet<>();
        earlier.forEach(d -> {
            drawn.addAll(d.selected());
            d.declines().forEach(x -> declined.add(x.expertId()));
        });
        requireDrawAllowed(c, earlier);
        Eligibility.Context context = new Eligibility.Context(p.type(), p.buyerCode(), p.supervisorCode(),
                Set.copyOf(p.bidderCodes()), today, c.replacement() ? drawn : Set.of(),
                c.replacement() ? declined : Set.of());
        Eligibility.Screening screening = Eligibility.screen(c.specialty(), experts.withSpecialty(c.specialty()), context);
        if (screening.pool().size() < c.count()) {
            throw new GongkaiException(ErrorCode.POOL_TOO_SMALL, "符合条件的专家只有 " + screening.pool().size()
                    + " 名，不足 " + c.count() + " 名，未抽取任何专家");
        }
        byte[] seed = new byte[DrawAlgorithm.SEED_BYTES];
        random.nextBytes(seed);
        String commitment = DrawAlgorithm.commitment(seed);
        String poolDigest = DrawAlgorithm.poolDigest(screening.pool());
        List<String> selected = DrawAlgorithm.select(screening.pool(), c.count(), seed);
        String drawId = "CQ-" + today.format(DAY) + "-" + commitment.substring(0, 10).toUpperCase(Locale.ROOT);
        DrawRecord record = new DrawRecord(0, drawId, p.id(), c.specialty(), c.count(), c.committeeSize(),
                c.replacement(), DrawAlgorithm.NAME, DrawAlgorithm.hex(seed), commitment, poolDigest, screening.pool(),
                screening.exclusions(), selected, now, List.of());
        draws.insert(record, p.id(), today, actor.staffId());
        return new Drawn(drawId, commitment, poolDigest, screening.pool().size());
    }

    /**
     * One draw per specialty and project: drawing again until the result pleases would defeat the draw. A replacement
     * fills at most the places of declined experts not yet replaced.
     */
    private static void requireDrawAllowed(DrawExperts c, List<DrawRecord> earlier) {
        List<DrawRecord> same = earlier.stream().filter(d -> d.specialty().equals(c.specialty())).toList();
        if (!c.replacement()) {
            if (!same.isEmpty()) {
                throw new GongkaiException(ErrorCode.CONFLICT, "本项目该专业已经抽取，专家拒绝或缺席时请补抽", "specialty");
            }
            return;
        }
        int declined = same.stream().mapToInt(d -> d.declines().size()).sum();
        int replaced = same.stream().filter(DrawRecord::replacement).mapToInt(DrawRecord::count).sum();
        if (same.isEmpty() || c.count() > declined - replaced) {
            throw new GongkaiException(ErrorCode.CONFLICT, "补抽人数不能超过已登记拒绝或缺席且尚未补抽的专家人数（"
                    + Math.max(0, declined - replaced) + " 名）", "count");
        }
    }

    void startEvaluation(String projectCode, Actor actor) {
        Project p = project(actor, projectCode);
        if (draws.ofProject(p.id()).isEmpty()) {
            throw new GongkaiException(ErrorCode.NOTHING_TO_START);
        }
        if (!projects.startEvaluation(p.id(), clock.instant())) {
            throw new GongkaiException(ErrorCode.EVALUATION_ALREADY_STARTED);
        }
    }

    void decline(DrawCommands.RecordDecline c, Actor actor) {
        DrawRecord d = staffDraw(actor, c.drawId());
        if (!d.selected().contains(c.expertId())) {
            throw GongkaiException.invalid("expertId", "该专家不是本次抽取选中的专家");
        }
        if (d.declines().stream().anyMatch(x -> x.expertId().equals(c.expertId()))) {
            throw new GongkaiException(ErrorCode.CONFLICT, "已登记该专家拒绝或缺席", "expertId");
        }
        draws.decline(d.pk(), c.expertId(), c.reason().trim(), clock.instant(), actor.staffId());
    }

    /** A draw of a project in the officer's scope (names visible to the operator), else 404. */
    public DrawRecord staffDraw(Actor actor, String drawId) {
        Set<Long> units = scope.officerUnits(actor);
        DrawRecord d = draws.find(drawId).orElseThrow(GongkaiException::notFound);
        projects.findIn(projectCode(d), units).orElseThrow(GongkaiException::notFound);
        return d;
    }

    /** The public view of a draw: the record and whether it is still sealed. */
    public Optional<PublicDraw> publicDraw(String drawId) {
        return draws.find(drawId).map(d -> {
            Project p = projects.find(projectCode(d)).orElseThrow();
            return new PublicDraw(d, p.code(), !p.evaluationStarted(clock.instant()));
        });
    }

    public record PublicDraw(DrawRecord record, String projectCode, boolean sealed) {}

    /** A line of the supervisor's list of draws. */
    public record DrawSummary(String drawId, String projectCode, String specialty, boolean replacement,
            Instant drawnAt, boolean sealed) {}

    /** The latest draws of every project, county-wide (the supervisor's replay list). */
    public List<DrawSummary> latest(int offset, int limit) {
        Instant now = clock.instant();
        return draws.latest(offset, limit).stream().map(r -> {
            Instant evaluationAt = (Instant) r[5];
            boolean started = r[6] != null || (evaluationAt != null && !evaluationAt.isAfter(now));
            return new DrawSummary((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3], (Instant) r[4],
                    !started);
        }).toList();
    }

    /** Whether the record names a stored draw with the same commitment and pool digest. */
    public boolean matchesStored(String drawId, String commitment, String poolDigest) {
        return draws.find(drawId).map(d -> d.commitment().equals(commitment) && d.poolDigest().equals(poolDigest))
                .orElse(false);
    }

    public List<DrawRecord> ofProject(long projectId) {
        return draws.ofProject(projectId);
    }

    /** The code of the draw's project. */
    public String projectCode(DrawRecord d) {
        return projects.codeOf(d.projectId());
    }
}
