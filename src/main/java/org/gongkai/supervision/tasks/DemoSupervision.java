package org.gongkai.supervision.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalogue.AfterDemoCatalogue;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.common.SystemActor;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.inspections.InspectionCommands.NewFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordInspection;
import org.gongkai.supervision.inspections.InspectionKind;
import org.gongkai.supervision.inspections.Inspections;
import org.gongkai.supervision.submissions.Submission;
import org.gongkai.supervision.submissions.SubmissionCommands.AdoptSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.SubmitInformation;
import org.gongkai.supervision.tasks.TaskCommands.AcceptTask;
import org.gongkai.supervision.tasks.TaskCommands.CloseTask;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskCommands.ReportProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo county's supervision (demo mode, once, after the demo catalogue; {@code gongkai.supervision.demo.enabled},
 * off in the tests' profile): a 明察暗访 of the service centre's windows with two findings — one made a task that the
 * centre has reported on (待验收), one still open; a 人大建议 assigned to the transport bureau (办理中); a closed 督查任务
 * of the housing bureau; and three information submissions adopted by the city and provincial bulletins. All through
 * the module's commands, as the office's demo supervisor and the units' demo 信息员, in one transaction. Loaded when
 * no task carries the demo's 人大建议 title (so a second start, or a county with tasks of its own, is left alone).
 */
@Component
class DemoSupervision extends AfterDemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);
    static final String OFFICE = "11990101100100148H";
    static final String SERVICE_CENTRE = "12990101100102311F";
    static final String TRANSPORT = "11990101100100981D";
    static final String HOUSING = "119901011001003591";
    static final String EDUCATION = "11990101100100842N";
    static final String INSPECTION_TITLE = "县政务服务中心窗口服务明察暗访";
    static final String FINDING_TASK_TITLE = "政务服务中心窗口人员离岗、一次性告知不到位整改";
    static final String NPC_TITLE = "关于增开城区至工业园区公交线路的建议";
    static final String CLOSED_TITLE = "政府信息公开专栏住房保障栏目更新不及时整改";

    private final GongkaiProperties gongkai;
    private final boolean enabled;
    private final TaskRepository tasks;
    private final Inspections inspections;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final Clock clock;

    DemoSupervision(GongkaiProperties gongkai, @Value("${gongkai.supervision.demo.enabled:true}") boolean enabled,
            TaskRepository tasks, Inspections inspections, CommandDispatcher commands, UnitDirectory units,
            Clock clock, PlatformTransactionManager tx) {
        super(tx);
        this.gongkai = gongkai;
        this.enabled = enabled;
        this.tasks = tasks;
        this.inspections = inspections;
        this.commands = commands;
        this.units = units;
        this.clock = clock;
    }

    @Override
    protected synchronized void loadIfEmpty() {
        if (!gongkai.demo() || !enabled) {
            return;
        }
        try {
            Boolean loaded = each.execute(status -> loadIfMissing());
            if (Boolean.TRUE.equals(loaded)) {
                log.info("Loaded the demo supervision: an inspection with two findings, three tasks, three submissions");
            }
        } catch (GongkaiException refused) {
            log.warn("Demo supervision not written: {}", refused.getMessage());
        }
    }

    /** Writes the demo in the caller's transaction unless it is there (or the county is not); true when written. */
    boolean loadIfMissing() {
        Long office = unit(OFFICE);
        if (office == null || unit(SERVICE_CENTRE) == null || unit(TRANSPORT) == null || unit(HOUSING) == null
                || unit(EDUCATION) == null || tasks.all().stream().anyMatch(t -> NPC_TITLE.equals(t.title()))) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        Actor supervisor = new SystemActor("示例督查", Map.of(office, Set.of(Role.SUPERVISOR)));
        inspection(supervisor, today);
        tasks(supervisor);
        submissions(supervisor, today);
        return true;
    }

    private void inspection(Actor supervisor, LocalDate today) {
        String number = commands.dispatchAs(supervisor, new RecordInspection(InspectionKind.UNANNOUNCED,
                INSPECTION_TITLE, today.minusDays(3).toString(), "督查人员以办事群众身份到县政务服务中心一楼综合窗口暗访，"
                        + "随机咨询不动产登记和社保业务。", List.of(
                        new NewFinding(SERVICE_CENTRE, "上午 10:20 至 10:45 综合受理 3 号窗口无人值守，未摆放去向牌；"
                                + "咨询社保卡补办时未一次性告知所需材料。"),
                        new NewFinding(SERVICE_CENTRE, "大厅自助查询机 2 台中 1 台故障，未张贴停用提示。"))));
        long window = inspections.view(supervisor, number).findings().stream()
                .filter(f -> f.description().startsWith("上午")).findFirst().orElseThrow().id();
        String task = commands.dispatchAs(supervisor, new CreateTask(TaskType.SUPERVISION, FINDING_TASK_TITLE,
                "落实首问负责、一次性告知和 AB 岗制度，窗口人员离岗须摆放去向牌；对相关人员进行提醒谈话，报送整改情况。",
                null, List.of(SERVICE_CENTRE), null, "明察暗访 " + number, window));
        commands.dispatchAs(unitStaff(SERVICE_CENTRE), new ReportProgress(task, null, """
                一、已对 3 号窗口工作人员进行提醒谈话，并在全中心通报。
                二、重新修订窗口离岗登记和去向牌制度，由值班长每日两次巡查。
                三、社保卡补办等 28 项高频事项的一次性告知单已印发到各窗口，并在网上公开。""", List.of()));
    }

    private void tasks(Actor supervisor) {
        commands.dispatchAs(supervisor, new CreateTask(TaskType.NPC_SUGGESTION, NPC_TITLE,
                "县人大代表建议增开城区至工业园区早晚高峰公交线路。请认真研究办理，按时答复代表并抄送县政府办公室。",
                null, List.of(TRANSPORT), null, "县十八届人大三次会议第 12 号建议", null));
        String closed = commands.dispatchAs(supervisor, new CreateTask(TaskType.SUPERVISION, CLOSED_TITLE,
                "住房保障栏目三个月未更新，请补充公开保障性住房分配结果并建立栏目月度更新制度。", null, List.of(HOUSING),
                null, "日常巡查", null));
        commands.dispatchAs(unitStaff(HOUSING), new ReportProgress(closed, null,
                "已补充公开 2026 年上半年公共租赁住房分配结果 3 批次，建立栏目月度更新和分管领导审核制度。", List.of()));
        commands.dispatchAs(supervisor, new AcceptTask(closed, "经核查栏目已更新，制度已建立，同意销号。"));
        commands.dispatchAs(supervisor, new CloseTask(closed, null));
    }

    private void submissions(Actor supervisor, LocalDate today) {
        record Item(String unit, String title, String text, List<String> publications) {}
        List<Item> items = List.of(
                new Item(SERVICE_CENTRE, "示例县推行“一窗通办”企业开办压缩至 1 个工作日",
                        "县政务服务中心整合市场监管、税务、公安等部门窗口，企业开办实现一表申请、一窗发放。",
                        List.of("CITY_BULLETIN", "PROVINCE_BULLETIN")),
                new Item(EDUCATION, "示例县多措并举保障秋季学期学生安全",
                        "县教育局联合公安、交通部门开展校园周边交通和食品安全专项检查。", List.of("CITY_BULLETIN")),
                new Item(HOUSING, "示例县老旧小区改造惠及 3200 户居民",
                        "今年以来改造老旧小区 12 个，加装电梯 18 部，群众满意度明显提升。",
                        List.of("CITY_BULLETIN", "PROVINCE_ONLINE")));
        for (Item item : items) {
            Submission s = commands.dispatchAs(unitStaff(item.unit()), new SubmitInformation(null, item.title(),
                    item.text()));
            for (String publication : item.publications()) {
                commands.dispatchAs(supervisor, new AdoptSubmission(s.id(), publication, today.toString()));
            }
        }
    }

    private Actor unitStaff(String code) {
        return new SystemActor("示例信息员", Map.of(unit(code), Set.of(Role.EDITOR)));
    }

    private Long unit(String code) {
        return units.findByCreditCode(code).map(UnitDirectory.UnitView::id).orElse(null);
    }
}
