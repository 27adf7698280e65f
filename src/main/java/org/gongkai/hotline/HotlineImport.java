package org.gongkai.hotline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The historical import of tickets (issue #12): each line replays its events through the same aggregate and clock as
 * the live path, so imported tickets count in the KPIs exactly like live ones and an open one gets its due date from
 * the same clock. All lines or none; the first refused line is reported with its number.
 */
@Service
public class HotlineImport {

    /**
     * One past event: {@code days} for EXTENDED, {@code satisfaction} and {@code solved} for CALLBACK; for joint
     * handling, {@code coUnitCodes} (协办单位, at most five) on a DISPATCHED and one CO_PART per co-unit
     * ({@code unitCode} = the co-unit) before the lead unit's REPLIED, as on the live path.
     */
    public record Event(String type, Instant at, String unitCode, Integer days, Integer satisfaction, Boolean solved,
            List<String> coUnitCodes) {

        public Event(String type, Instant at, String unitCode, Integer days, Integer satisfaction, Boolean solved) {
            this(type, at, unitCode, days, satisfaction, solved, null);
        }
    }

    /** One past ticket; {@code address} optional (where the problem is, for the hot spots). */
    public record Line(String category, String urgency, String channel, Instant receivedAt, String callerPhone,
            String topic, List<Event> events, String address) {

        public Line(String category, String urgency, String channel, Instant receivedAt, String callerPhone,
                String topic, List<Event> events) {
            this(category, urgency, channel, receivedAt, callerPhone, topic, events, null);
        }
    }

    /** What a completed import returns (and what a retry with the same idempotency key gets back). */
    public record Imported(List<String> ticketNumbers) {}

    private final TicketRepository tickets;
    private final TicketActions actions;
    private final HotlineIntake intake;
    private final HotlineScope scope;
    private final HotlineSettings settings;
    private final AuditLog audit;

    HotlineImport(TicketRepository tickets, TicketActions actions, HotlineIntake intake, HotlineScope scope,
            HotlineSettings settings, AuditLog audit) {
        this.tickets = tickets;
        this.actions = actions;
        this.intake = intake;
        this.scope = scope;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public Imported run(Actor actor, List<Line> lines, IdempotencyKeys.Claim claim) {
        scope.requireCentre(actor);
        List<String> out = importAll(lines);
        audit.success("HOTLINE_TICKETS_IMPORTED", "HotlineTicket", null, "导入历史工单 " + out.size() + " 件");
        Imported imported = new Imported(List.copyOf(out));
        claim.remember(imported);
        return imported;
    }

    /** Imports every line or none (in the caller's transaction); the ticket numbers in input order. */
    List<String> importAll(List<Line> lines) {
        ImportReport.Errors errors = new ImportReport.Errors();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(importOne(lines.get(i)));
            } catch (GongkaiException e) {
                errors.add(i + 1, e.field() == null ? "" : e.field(), e.getMessage());
                break; // the transaction is rolled back: one refusal is enough
            }
        }
        ImportReport report = errors.report(lines.size(), out.size());
        if (!report.completed()) {
            ImportReport.RowError first = report.errors().get(0);
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + first.row() + " 行：" + first.message(),
                    first.column().isEmpty() ? null : first.column());
        }
        return out;
    }

    private String importOne(Line line) {
        if (line.receivedAt() == null) {
            throw GongkaiException.invalid("receivedAt", "请填写受理时间（YYYY-MM-DDTHH:MM:SS+08:00）");
        }
        if (line.receivedAt().isAfter(actions.now())) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "受理时间不能晚于现在", "receivedAt");
        }
        TicketChannel channel = parse(TicketChannel.class, line.channel(), "channel", "渠道应为 PHONE、WEB、LETTER 或 API");
        if (line.address() != null && line.address().length() > HotlineCommands.ADDRESS_MAX) {
            throw GongkaiException.invalid("address", "地址不能超过 " + HotlineCommands.ADDRESS_MAX + " 字");
        }
        if (line.topic() != null && line.topic().length() > HotlineCommands.TOPIC_MAX) {
            throw GongkaiException.invalid("topic", "主题不能超过 " + HotlineCommands.TOPIC_MAX + " 字");
        }
        Ticket.Intake in = intake.check(new HotlineCommands.TicketInput(line.category(), line.urgency() == null
                ? "NORMAL" : line.urgency(), null, "历史工单（" + settings.label(upper(line.category())) + "）", null,
                line.callerPhone(), line.address(), line.topic(), null, null, false), channel, true);
        Ticket t = Ticket.received(intake.newNumber(line.receivedAt()), in, line.receivedAt(), true, "import");
        for (Event e : line.events() == null ? List.<Event>of() : line.events()) {
            apply(t, e);
        }
        actions.recount(t);
        String code = intake.newQueryCode();
        tickets.insert(t, intake.queryHash(t.number(), code),
                (unit, at) -> actions.acceptDue(unit, at, in.urgency()), actions.now());
        return t.number();
    }

    private void apply(Ticket t, Event e) {
        if (e == null || e.at() == null) {
            throw GongkaiException.invalid("events", "事项缺少时间（at）");
        }
        if (e.at().isAfter(actions.now())) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "事项时间不能晚于现在", "events");
        }
        TicketEvent.Type type = parse(TicketEvent.Type.class, e.type(), "events", "事项类型不正确：" + e.type());
        Instant at = e.at();
        String by = "import";
        switch (type) {
            case DISPATCHED -> {
                long unit = scope.unit(e.unitCode(), "events");
                List<String> codes = e.coUnitCodes() == null ? List.of() : e.coUnitCodes();
                if (codes.size() > Ticket.CO_UNITS_MAX) {
                    throw GongkaiException.invalid("events", "协办单位最多 " + Ticket.CO_UNITS_MAX + " 个（coUnitCodes）");
                }
                List<Long> coUnits = codes.stream().map(code -> scope.unit(code, "events")).toList();
                if (t.status() == TicketStatus.RETURNED && coUnits.isEmpty()) {
                    t.arbitrate(unit, "历史台账导入", at, by);
                } else if (t.status() == TicketStatus.RETURNED) {
                    throw GongkaiException.invalid("events", "退单仲裁后的派单不能指定协办单位（coUnitCodes）");
                } else {
                    t.dispatch(unit, coUnits, at, null, by);
                }
            }
            case CO_PART -> t.contribute(scope.unit(e.unitCode(), "events"), "历史台账导入", at, by);
            case ACCEPTED -> t.accept(at, by);
            case RETURNED -> t.giveBack("历史台账导入", at, by);
            case EXTENDED -> {
                int days = e.days() == null ? 0 : e.days();
                if (days < 1 || days > 365) {
                    throw GongkaiException.invalid("events", "延期须写明 1 至 365 个工作日（days）");
                }
                t.requestExtension(days, "历史台账导入", at, by);
                t.decideExtension(true, days, null, at, by);
            }
            case URGED -> t.urge(null, at, by);
            case REPLIED -> t.reply("历史台账导入", at, by);
            case CLOSED -> t.close(actions.dueNow(t), at, by);
            case CALLBACK -> {
                if (e.satisfaction() == null || e.satisfaction() < 1 || e.satisfaction() > 5 || e.solved() == null) {
                    throw GongkaiException.invalid("events", "回访须写明满意度 1 至 5（satisfaction）和是否解决（solved）");
                }
                t.callback(e.satisfaction(), e.solved(), null, at, by);
            }
            case REOPENED -> t.reopen(settings.reopenLimit(), "历史台账导入", at, by);
            default -> throw GongkaiException.invalid("events", "不能导入的事项类型：" + e.type());
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, upper(value));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }
}
