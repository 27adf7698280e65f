package org.gongkai.supervision.bulletins;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.supervision.IndicatorTable;
import org.gongkai.supervision.TaskDigest;
import org.gongkai.supervision.bulletins.BulletinContent.OverdueCase;
import org.gongkai.supervision.bulletins.BulletinContent.RankRow;
import org.gongkai.supervision.bulletins.BulletinContent.TaskLine;
import org.gongkai.supervision.bulletins.BulletinLifecycle.Action;
import org.gongkai.supervision.bulletins.BulletinLifecycle.Status;
import org.gongkai.supervision.submissions.SubmissionSettings;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.stereotype.Service;

/**
 * The monthly bulletin (月通报): generated as a draft for a finished month from {@link IndicatorTable.Tables} and
 * {@link TaskDigest.Digests}, edited by the county office's supervisor, approved by its head (政府办主任), published by
 * the supervisor. Published bulletins are public; drafts and approved ones only the office's supervision staff read
 * (anyone else: 404).
 */
@Service
public class Bulletins {

    static final int LIST_MAX = 240;

    private final BulletinRepository repository;
    private final IndicatorTable.Tables tables;
    private final TaskDigest.Digests digests;
    private final SupervisionOffice office;
    private final SubmissionSettings officeSettings;
    private final BulletinSettings settings;
    private final Clock clock;

    Bulletins(BulletinRepository repository, IndicatorTable.Tables tables, TaskDigest.Digests digests,
            SupervisionOffice office, SubmissionSettings officeSettings, BulletinSettings settings, Clock clock) {
        this.repository = repository;
        this.tables = tables;
        this.digests = digests;
        this.office = office;
        this.officeSettings = officeSettings;
        this.settings = settings;
        this.clock = clock;
    }

    public BulletinSettings settings() {
        return settings;
    }

    // ---- access

    private boolean holdsInOffice(Actor actor, Role role) {
        Optional<UnitView> unit = office.unit(officeSettings.officeUnit());
        return actor != null && unit.isPresent() && actor.unitsWithRole(role).contains(unit.get().id());
    }

    /** The county office's supervisor (督查人员): generates, edits and publishes. */
    public boolean isSupervisor(Actor actor) {
        return holdsInOffice(actor, Role.SUPERVISOR);
    }

    /** The county office's head (政府办主任): approves. */
    public boolean isOfficeHead(Actor actor) {
        return holdsInOffice(actor, Role.OFFICE_HEAD);
    }

    /** Supervision staff of the office: read drafts and approved bulletins. */
    public boolean isStaff(Actor actor) {
        return isSupervisor(actor) || isOfficeHead(actor);
    }

    void requireSupervisor(Actor actor) {
        if (!isSupervisor(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有县政府办公室督查人员可以执行此操作");
        }
    }

    void requireOfficeHead(Actor actor) {
        if (!isOfficeHead(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有政府办主任可以审定通报");
        }
    }

    /** The bulletin if published, or if the actor is the office's supervision staff; else 404. */
    public Bulletin readable(Actor actor, long id) {
        Bulletin b = repository.find(id).orElseThrow(GongkaiException::notFound);
        if (!b.published() && !isStaff(actor)) {
            throw GongkaiException.notFound();
        }
        return b;
    }

    /** A published bulletin, else 404 (the portal). */
    public Bulletin published(long id) {
        return repository.find(id).filter(Bulletin::published).orElseThrow(GongkaiException::notFound);
    }

    public List<Bulletin> publishedList() {
        return repository.list(true, LIST_MAX);
    }

    /** Every bulletin for the office's staff, the published ones for anyone else. */
    public List<Bulletin> list(Actor actor) {
        return repository.list(!isStaff(actor), LIST_MAX);
    }

    // ---- the month

    /** A finished month from {@code earliest} to last month, else INVALID_PERIOD at the field {@code period}. */
    public YearMonth period(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{2}")) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, "通报月份格式应为 YYYY-MM，例如 2026-05", "period");
        }
        YearMonth period;
        try {
            period = YearMonth.parse(t);
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, "通报月份格式应为 YYYY-MM，例如 2026-05", "period");
        }
        YearMonth earliest = YearMonth.parse(settings.earliest());
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        if (period.isBefore(earliest)) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, "通报月份不能早于 " + earliest, "period");
        }
        if (period.isAfter(last)) {
            throw new GongkaiException(ErrorCode.INVALID_PERIOD, "只能为已经结束的月份生成通报（最晚 " + last + "）",
                    "period");
        }
        return period;
    }

    // ---- commands

    Bulletin generate(YearMonth period, String by) {
        if (repository.exists(period)) {
            throw new GongkaiException(ErrorCode.BULLETIN_PERIOD_EXISTS, "本月（" + period + "）的通报已经生成，请在列表中打开",
                    "period");
        }
        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        int sequence = repository.nextSequence(year);
        BulletinContent content = content(period);
        String label = period.getYear() + "年" + period.getMonthValue() + "月";
        String title = "关于" + label + "政务公开工作考核情况的通报";
        String intro = label + "，全县" + content.unitCount() + "个单位纳入政务公开工作考核。按照考核办法，县政府办公室"
                + "依据各单位主动公开、依申请公开等工作的实际数据进行了计分排名，" + content.redList().size() + "个单位列入红榜、"
                + content.yellowList().size() + "个单位列入黄榜。现将有关情况通报如下。";
        String remarks = "列入红榜、黄榜的单位要认真查找原因，明确整改措施和时限，于10个工作日内将整改情况书面报送县政府办公室。"
                + "逾期未办结的依申请公开事项和督办任务，承办单位要立即办理。各单位要对照本通报举一反三，切实提升政务公开工作水平。";
        long id = repository.insert(period, year, sequence, settings.documentNumber(year, sequence), title, intro,
                remarks, content, by, now);
        repository.event(id, null, Status.DRAFT, by, now, "生成" + period + "通报");
        return repository.find(id).orElseThrow();
    }

    Bulletin edit(long id, String title, String intro, String remarks, String by) {
        Bulletin b = repository.find(id).orElseThrow(GongkaiException::notFound);
        Status next = BulletinLifecycle.TABLE.require(b.status(), Action.EDIT);
        Instant now = clock.instant();
        repository.edit(id, title.strip(), intro.strip(), remarks.strip(), now);
        repository.event(id, Action.EDIT, next, by, now, null);
        return repository.find(id).orElseThrow();
    }

    Bulletin approve(long id, String by) {
        Bulletin b = repository.find(id).orElseThrow(GongkaiException::notFound);
        Status next = BulletinLifecycle.TABLE.require(b.status(), Action.APPROVE);
        Instant now = clock.instant();
        repository.approve(id, by, now);
        repository.event(id, Action.APPROVE, next, by, now, null);
        return repository.find(id).orElseThrow();
    }

    Bulletin publish(long id, String by) {
        Bulletin b = repository.find(id).orElseThrow(GongkaiException::notFound);
        Status next = BulletinLifecycle.TABLE.require(b.status(), Action.PUBLISH);
        Instant now = clock.instant();
        repository.publish(id, by, now);
        repository.event(id, Action.PUBLISH, next, by, now, null);
        return repository.find(id).orElseThrow();
    }

    /** The county's units, told of a published bulletin. */
    List<Long> unitIds() {
        return office.allUnits().stream().map(UnitView::id).toList();
    }

    Instant now() {
        return clock.instant();
    }

    // ---- the figures

    BulletinContent content(YearMonth period) {
        IndicatorTable table = tables.forPeriod(period);
        TaskDigest digest = digests.forPeriod(period);
        List<RankRow> ranking = table.units().stream()
                .sorted(java.util.Comparator.comparingInt(IndicatorTable.UnitRow::rank)
                        .thenComparing(IndicatorTable.UnitRow::unitCode))
                .map(r -> new RankRow(r.rank(), r.unitCode(), unitName(r.unitCode()), r.score(), light(r.light())))
                .toList();
        List<String> red = table.units().stream().filter(r -> r.light() == IndicatorTable.Light.RED)
                .sorted(java.util.Comparator.comparingInt(IndicatorTable.UnitRow::rank).reversed())
                .map(r -> unitName(r.unitCode())).toList();
        List<String> yellow = table.units().stream().filter(r -> r.light() == IndicatorTable.Light.YELLOW)
                .sorted(java.util.Comparator.comparingInt(IndicatorTable.UnitRow::rank).reversed())
                .map(r -> unitName(r.unitCode())).toList();
        List<OverdueCase> cases = table.overdue().stream()
                .map(c -> new OverdueCase(kind(c.module()), c.number(), unitName(c.unitCode()), c.dueOn())).toList();
        return new BulletinContent(table.units().size(), ranking, red, yellow, cases, lines(digest.overdue()),
                lines(digest.inRectification()), digest.opened(), digest.closed());
    }

    private List<TaskLine> lines(List<TaskDigest.Line> lines) {
        return lines.stream().map(l -> new TaskLine(l.number(), l.title(),
                String.join("、", l.unitCodes().stream().map(this::unitName).toList()), l.dueOn(), l.status())).toList();
    }

    /** The unit's full name (the indicator table carries the short one). */
    private String unitName(String code) {
        return code == null ? "" : office.unit(code).map(UnitView::name).orElse(code);
    }

    static String light(IndicatorTable.Light light) {
        return switch (light) {
            case RED -> "红榜";
            case YELLOW -> "黄榜";
            case NONE -> "";
        };
    }

    static String kind(String module) {
        return switch (module == null ? "" : module) {
            case "REQUEST" -> "依申请公开";
            case "SERVICE" -> "政务服务";
            case "HOTLINE" -> "12345热线";
            default -> module;
        };
    }
}
