package org.gongkai.trading.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.WorkflowAction;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.common.SystemActor;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.notices.NoticeCommands.WriteTradingNotice;
import org.gongkai.trading.notices.NoticeCommands.Written;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo trading centre's notices (demo mode, with the demo projects): every notice is written by the centre's
 * trading officer and goes through the catalogue's whole flow — 保密审查 by the centre's reviewer, 签发 and publication
 * by its leader — so the portal's 公共资源交易 section, the timelines and the feeds have content. Two projects of each
 * type from the year's history (announcement; works: the candidates' publicity, in its objection period; the others:
 * the result, procurement also the contract) and the projects about to be evaluated (announcement, one clarification).
 */
@Component
public class DemoNotices {

    static final int PER_TYPE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DemoNotices.class);

    private final CommandDispatcher commands;
    private final CatalogueService catalogue;
    private final ProjectRepository projects;
    private final Notices notices;
    private final TransactionTemplate eachNotice;

    DemoNotices(CommandDispatcher commands, CatalogueService catalogue, ProjectRepository projects, Notices notices,
            PlatformTransactionManager transactions) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.projects = projects;
        this.notices = notices;
        this.eachNotice = new TransactionTemplate(transactions);
        this.eachNotice.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Writes and publishes the demo notices of {@code projectCodes} (committed projects); returns the count. Each
     * notice is written and taken through review in a transaction of its own, so that a refused one (e.g. in a context
     * whose catalogue never reports the announcement as published) is logged and skipped without undoing the others;
     * its refusal is audited by the dispatcher (decision 035: also inside a caller's transaction).
     */
    public int load(long centre, List<String> projectCodes) {
        Actor officer = new SystemActor("系统", Map.of(centre, Set.of(Role.TRADING_OFFICER)));
        Actor publisher = new SystemActor("系统", Map.of(centre, Set.of(Role.REVIEWER, Role.LEADER)));
        List<Project> chosen = new ArrayList<>();
        for (ProjectType type : ProjectType.values()) {
            projectCodes.stream().map(projects::find).flatMap(Optional::stream)
                    .filter(p -> p.type() == type && p.dealOn() != null).limit(PER_TYPE).forEach(chosen::add);
        }
        projectCodes.stream().map(projects::find).flatMap(Optional::stream)
                .filter(p -> p.dealOn() == null).forEach(chosen::add);
        int count = 0;
        boolean clarified = false;
        LocalDate today = notices.today();
        for (Project p : chosen) {
            count += publish(officer, publisher, p, NoticeKind.ANNOUNCEMENT, announcement(p), null);
            if (p.dealOn() == null) {
                if (clarified) {
                    continue;
                }
                clarified = true;
                count += publish(officer, publisher, p, NoticeKind.CLARIFICATION,
                        "现对本项目招标文件作如下澄清：投标文件递交截止时间不变，开标地点调整为示例县公共资源交易中心第二开标室。", null);
            } else if (p.type() == ProjectType.WORKS) {
                count += publish(officer, publisher, p, NoticeKind.CANDIDATES,
                        "经评标委员会评审，现将中标候选人公示如下：第一中标候选人为统一社会信用代码 " + p.winnerCode()
                                + " 的投标人。", today);
            } else {
                count += publish(officer, publisher, p, NoticeKind.RESULT, "本项目已完成交易，成交金额 "
                        + NoticeDocuments.yuan(p.dealFen()) + "，中标（成交）人统一社会信用代码 " + p.winnerCode() + "。",
                        null);
                if (p.type() == ProjectType.PROCUREMENT) {
                    count += publish(officer, publisher, p, NoticeKind.CONTRACT,
                            "采购人与中标人已签订政府采购合同，合同金额 " + NoticeDocuments.yuan(p.dealFen()) + "。", null);
                }
            }
        }
        return count;
    }

    private static String announcement(Project p) {
        return switch (p.type()) {
            case WORKS -> "本招标项目已具备招标条件，现对该项目进行公开招标。\n投标人须具备相应资质，请于规定时间内递交投标文件。";
            case PROCUREMENT -> "本项目采用公开招标方式采购，欢迎符合条件的供应商参加投标。\n采购需求详见招标文件。";
            case LAND_MINING -> "经示例县人民政府批准，示例县自然资源局决定以挂牌方式出让下列地块的国有建设用地使用权。";
            case STATE_ASSETS -> "受转让方委托，现将下列国有资产转让项目公开挂牌转让。";
        };
    }

    private int publish(Actor officer, Actor publisher, Project p, NoticeKind kind, String body, LocalDate objection) {
        try {
            eachNotice.executeWithoutResult(status -> write(officer, publisher, p, kind, body, objection));
            return 1;
        } catch (GongkaiException refused) {
            LOG.warn("Demo notice {} of {} not written: {}", kind, p.code(), refused.getMessage());
            return 0;
        }
    }

    private void write(Actor officer, Actor publisher, Project p, NoticeKind kind, String body, LocalDate objection) {
        Written w = commands.dispatchAs(officer, new WriteTradingNotice(p.code(), kind.name(), null, null, body,
                objection == null ? null : objection.toString(),
                objection == null ? null : objection.plusDays(notices.objectionMinDays() + 2L).toString()));
        for (WorkflowAction step : List.of(WorkflowAction.REVIEW, WorkflowAction.SIGN_OFF, WorkflowAction.PUBLISH)) {
            catalogue.act(publisher, w.documentId(), step, CatalogueService.ActionInput.NONE);
        }
    }

}
