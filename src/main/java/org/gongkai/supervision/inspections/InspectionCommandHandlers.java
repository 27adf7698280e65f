package org.gongkai.supervision.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.inspections.InspectionCommands.DismissFinding;
import org.gongkai.supervision.inspections.InspectionCommands.NewFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordInspection;
import org.gongkai.supervision.inspections.InspectionCommands.RunPatrol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per inspection command: only supervisors (督查人员) and the office head record inspections and findings,
 * dismiss findings and run the patrol (403 otherwise); an inspection of another office is 404; a finding names a
 * unit of the actor's scope. The daily patrol job runs {@link RunPatrol} as the system.
 */
@Configuration(proxyBeanMethods = false)
class InspectionCommandHandlers {

    /** Inspections are recorded from this date on (nothing older is an inspection of this platform). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final InspectionRepository repository;
    private final Inspections inspections;
    private final UnitDirectory units;
    private final Clock clock;

    InspectionCommandHandlers(InspectionRepository repository, Inspections inspections, UnitDirectory units,
            Clock clock) {
        this.repository = repository;
        this.inspections = inspections;
        this.units = units;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(org.gongkai.common.TimeConfiguration.ZONE));
    }

    private static String by(CommandContext context) {
        return context.actor().map(Actor::username).orElse("system");
    }

    @Bean
    CommandHandler<RecordInspection, String> recordInspectionHandler() {
        return CommandHandlers.handle(RecordInspection.class, (c, context) -> {
            Actor actor = context.requireActor();
            if (c.kind() == InspectionKind.PATROL) {
                throw GongkaiException.invalid("kind", "自动巡查由系统记录，请选择日常巡查、明察暗访或专项督查");
            }
            LocalDate held = date(c.heldOn());
            for (NewFinding f : c.findings()) {
                unit(actor, f.unitCode(), "findings");
            }
            String number = repository.nextNumber(held.getYear());
            long id = repository.insert(number, c.kind(), c.title().trim(), held, blankToNull(c.notes()),
                    Inspections.officeUnit(actor), by(context), clock.instant());
            for (NewFinding f : c.findings()) {
                repository.insertFinding(id, unit(actor, f.unitCode(), "findings"), FindingKind.RECORDED,
                        f.description().trim(), null, null, held, clock.instant());
            }
            repository.summary(id, "发现问题 " + c.findings().size() + " 个");
            return number;
        }).authorisedBy((c, actor) -> Inspections.requireSupervisor(actor))
                .describedBy((c, n) -> c.kind().label() + "：" + c.title() + "，问题 " + c.findings().size() + " 个")
                .objectId((c, n) -> n).build();
    }

    @Bean
    CommandHandler<RecordFinding, Long> recordFindingHandler() {
        return CommandHandlers.handle(RecordFinding.class, (c, context) -> {
            Actor actor = context.requireActor();
            Inspection i = inspections.visible(actor, c.inspectionNumber());
            if (i.kind() == InspectionKind.PATROL) {
                throw GongkaiException.invalid("inspectionNumber", "自动巡查的问题由系统记录");
            }
            long id = repository.insertFinding(i.id(), unit(actor, c.unitCode(), "unitCode"), FindingKind.RECORDED,
                    c.description().trim(), null, null, today(), clock.instant());
            repository.summary(i.id(), "发现问题 " + repository.findings(i.id()).size() + " 个");
            return id;
        }).authorisedBy((c, actor) -> {
            Inspections.requireSupervisor(actor);
            inspections.visible(actor, c.inspectionNumber());
        }).describedBy((c, id) -> "记录问题：" + c.description()).build();
    }

    @Bean
    CommandHandler<DismissFinding, Finding> dismissFindingHandler() {
        return CommandHandlers.handle(DismissFinding.class, (c, context) -> {
            Actor actor = context.requireActor();
            Finding f = repository.finding(c.findingId()).orElseThrow(GongkaiException::notFound);
            Finding seen = inspections.finding(actor, f.inspectionNumber(), f.id());
            if (seen.status() != FindingStatus.OPEN) {
                throw new GongkaiException(ErrorCode.SUPERVISION_FINDING_NOT_OPEN, "该问题" + seen.status().label()
                        + "，不能再作不需督办处理", "reason");
            }
            repository.dismiss(f.id(), c.reason().trim(), actor.username());
            return repository.finding(f.id()).orElseThrow();
        }).authorisedBy((c, actor) -> Inspections.requireSupervisor(actor))
                .describedBy((c, f) -> "不需督办：" + c.reason()).build();
    }

    @Bean
    CommandHandler<RunPatrol, PatrolRun> runPatrolHandler(Patrol patrol) {
        return CommandHandlers.handle(RunPatrol.class, (c, context) -> patrol.run(by(context)))
                .authorisedBy((c, actor) -> {
                    if (actor != null) {
                        Inspections.requireSupervisor(actor);
                    }
                }).describedBy((c, r) -> r == null ? null : r.inspectionNumber() + "：新发现问题 " + r.total() + " 个")
                .objectId((c, r) -> r == null ? null : r.inspectionNumber()).build();
    }

    /** A unit of the county in the actor's scope, by credit code, else a refusal at {@code field}. */
    private long unit(Actor actor, String code, String field) {
        UnitDirectory.UnitView u = units.findByCreditCode(code == null ? "" : code.trim())
                .filter(x -> !x.isExternalIssuer())
                .orElseThrow(() -> GongkaiException.invalid(field, "未找到该单位：" + code));
        if (!inspections.scope(actor).contains(u.id())) {
            throw GongkaiException.invalid(field, "该单位不在您的督查范围内：" + u.name());
        }
        return u.id();
    }

    private LocalDate date(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw GongkaiException.invalid("heldOn", "巡查日期格式应为 yyyy-MM-dd");
        }
        if (d.isBefore(EARLIEST) || d.isAfter(today())) {
            throw GongkaiException.invalid("heldOn", "巡查日期应在 2000-01-01 至今天之间");
        }
        return d;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
