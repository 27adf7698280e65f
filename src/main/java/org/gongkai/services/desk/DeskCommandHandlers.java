package org.gongkai.services.desk;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.desk.CaseMaterials.Check;
import org.gongkai.services.desk.DeskCases.CaseHeader;
import org.gongkai.services.desk.DeskCommands.AnswerOpinion;
import org.gongkai.services.desk.DeskCommands.CheckMaterials;
import org.gongkai.services.desk.DeskCommands.RequestOpinion;
import org.gongkai.services.desk.Opinions.Opinion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of the desk's commands. The materials check belongs to intake (a case not yet accepted or refused);
 * opinions are asked while the case is open (accepted or suspended) by its officers (not agents), and answered by the service
 * officers of the asked unit. A case outside the actor's scope, or an opinion of another unit, is not found.
 */
@Configuration(proxyBeanMethods = false)
class DeskCommandHandlers {

    private final DeskCases cases;
    private final CaseMaterials materials;
    private final Opinions opinions;
    private final ItemTermsLookup items;
    private final UnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final Clock time;

    DeskCommandHandlers(DeskCases cases, CaseMaterials materials, Opinions opinions, ItemTermsLookup items,
            UnitDirectory units, WorkingDayCalendar calendar, Clock time) {
        this.cases = cases;
        this.materials = materials;
        this.opinions = opinions;
        this.items = items;
        this.units = units;
        this.calendar = calendar;
        this.time = time;
    }

    @Bean
    CommandHandler<CheckMaterials, Check> checkMaterialsHandler() {
        return CommandHandlers.handle(CheckMaterials.class, (CheckMaterials c, CommandContext context) -> {
                    CaseHeader header = actionable(context.actor().orElse(null), c.caseNumber());
                    if (!"RECEIVED".equals(header.status())) {
                        throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED,
                                "材料核验在受理或不予受理之前进行，本办件已" + DeskTexts.status(header.status()));
                    }
                    ItemTerms item = items.byId(header.itemId()).orElseThrow(GongkaiException::notFound);
                    Check check = CaseMaterials.check(item, c.provided(), today(), name(context));
                    materials.save(header.id(), item, check);
                    return check;
                })
                .authorisedBy((c, actor) -> actionable(actor, c.caseNumber()))
                .describedBy((c, check) -> "材料核验：已收 " + (check.lines().size() - check.missing().size())
                        + " 项，缺 " + check.missing().size() + " 项" + (check.noticeDue() ? "，出具一次性告知书" : ""))
                .build();
    }

    @Bean
    CommandHandler<RequestOpinion, Opinion> requestOpinionHandler() {
        return CommandHandlers.handle(RequestOpinion.class, (RequestOpinion c, CommandContext context) -> {
                    CaseHeader header = decided(context.actor().orElse(null), c.caseNumber());
                    if (!header.open()) {
                        throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED,
                                "只有已受理、尚未办结的办件可以征求意见，本办件" + DeskTexts.status(header.status()));
                    }
                    UnitView unit = units.findByCreditCode(c.unitCode().strip().toUpperCase())
                            .orElseThrow(() -> new GongkaiException(ErrorCode.VALIDATION_FAILED,
                                    "未找到统一社会信用代码为该值的单位", "unitCode"));
                    if (unit.id() == header.unitId()) {
                        throw new GongkaiException(ErrorCode.OPINION_UNIT_INVALID,
                                ErrorCode.OPINION_UNIT_INVALID.message(), "unitCode");
                    }
                    LocalDate today = today();
                    LocalDate due = calendar.addWorkingDays(today, c.limitDays()).date();
                    long id = opinions.add(header.id(), unit.id(), c.question().strip(), today, c.limitDays(), due,
                            name(context));
                    return opinions.find(header.id(), id).orElseThrow();
                })
                .authorisedBy((c, actor) -> decided(actor, c.caseNumber()))
                .describedBy((c, o) -> "征求意见：单位 " + o.unitId() + "，" + o.limitDays() + " 个工作日，" + o.dueOn()
                        + " 前答复")
                .build();
    }

    @Bean
    CommandHandler<AnswerOpinion, Opinion> answerOpinionHandler() {
        return CommandHandlers.handle(AnswerOpinion.class, (AnswerOpinion c, CommandContext context) -> {
                    Opinion opinion = askedOf(context.actor().orElse(null), c);
                    if (opinion.answered() || !opinions.answer(opinion.id(), c.answer().strip(), today(),
                            name(context))) {
                        throw new GongkaiException(ErrorCode.OPINION_ALREADY_ANSWERED);
                    }
                    return opinions.find(opinion.caseId(), opinion.id()).orElseThrow();
                })
                .authorisedBy((c, actor) -> askedOf(actor, c))
                .describedBy((c, o) -> "答复征求意见 " + o.id() + (o.overdue(today()) ? "（超期答复）" : ""))
                .build();
    }

    /** The case if the actor is its officer or agent (a system run may act on any case). */
    private CaseHeader actionable(Actor actor, String caseNumber) {
        CaseHeader header = cases.find(caseNumber).orElseThrow(GongkaiException::notFound);
        if (actor != null && !cases.actionable(actor, header)) {
            throw GongkaiException.outOfScope("ServiceCase", header.id());
        }
        return header;
    }

    /** The case if the actor is its officer (a system run may act on any case). */
    private CaseHeader decided(Actor actor, String caseNumber) {
        CaseHeader header = cases.find(caseNumber).orElseThrow(GongkaiException::notFound);
        if (actor != null && !cases.decides(actor, header)) {
            throw GongkaiException.outOfScope("ServiceCase", header.id());
        }
        return header;
    }

    /** The opinion if it was asked of a unit where the actor is a service officer. */
    private Opinion askedOf(Actor actor, AnswerOpinion c) {
        CaseHeader header = cases.find(c.caseNumber()).orElseThrow(GongkaiException::notFound);
        Opinion opinion = c.opinionId() == null ? null : opinions.find(header.id(), c.opinionId()).orElse(null);
        if (opinion == null) {
            throw GongkaiException.notFound();
        }
        if (actor != null && !units.visibleUnits(actor, Role.SERVICE_OFFICER).contains(opinion.unitId())) {
            throw GongkaiException.outOfScope("ServiceOpinion", opinion.id());
        }
        return opinion;
    }

    private LocalDate today() {
        return LocalDate.now(time);
    }

    private static String name(CommandContext context) {
        return context.actor().map(Actor::username).orElse("system");
    }
}
