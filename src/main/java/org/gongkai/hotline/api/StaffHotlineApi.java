package org.gongkai.hotline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.AcceptTicket;
import org.gongkai.hotline.HotlineCommands.ArbitrateReturn;
import org.gongkai.hotline.HotlineCommands.CloseTicket;
import org.gongkai.hotline.HotlineCommands.DecideExtension;
import org.gongkai.hotline.HotlineCommands.DispatchTicket;
import org.gongkai.hotline.HotlineCommands.MergeTicket;
import org.gongkai.hotline.HotlineCommands.RecordCallback;
import org.gongkai.hotline.HotlineCommands.ReopenTicket;
import org.gongkai.hotline.HotlineCommands.ReplyTicket;
import org.gongkai.hotline.HotlineCommands.RequestExtension;
import org.gongkai.hotline.HotlineCommands.ReturnTicket;
import org.gongkai.hotline.HotlineCommands.TakeTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineCommands.UrgeTicket;
import org.gongkai.hotline.HotlineService;
import org.gongkai.hotline.TicketChannel;
import org.gongkai.hotline.TicketStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff contract of issue #12: operator intake, one endpoint per action (each dispatches its command of
 * {@link HotlineCommands}), the ticket view, the queues and the intake hints.
 */
@RestController
@RequestMapping("/api/v1/staff/hotline")
class StaffHotlineApi {

    private final CommandDispatcher commands;
    private final HotlineService service;

    StaffHotlineApi(CommandDispatcher commands, HotlineService service) {
        this.commands = commands;
        this.service = service;
    }

    @PostMapping("/tickets")
    ResponseEntity<PublicHotlineApi.Receipt> take(@Valid @RequestBody PublicHotlineApi.TicketJson body) {
        TicketChannel channel;
        try {
            channel = body.channel() == null || body.channel().isBlank() ? TicketChannel.PHONE
                    : TicketChannel.valueOf(body.channel().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("channel", "渠道应为 PHONE、WEB、LETTER 或 API");
        }
        Taken taken = commands.dispatch(new TakeTicket(body.input(true), channel));
        return ResponseEntity.created(URI.create("/api/v1/staff/hotline/tickets/" + taken.ticketNumber()))
                .body(PublicHotlineApi.Receipt.of(taken));
    }

    @GetMapping("/tickets/{n}")
    HotlineService.TicketView view(@PathVariable String n) {
        return service.view(Actor.require(), n);
    }

    record QueueJson(String ticketNumber, String category, String urgency, String status, String title,
            java.time.Instant receivedAt, java.time.LocalDate dueDate, int urgeCount, String callerPhone) {}

    /** The actor's queue: the centre sees every unit's, a unit its own; {@code status} filters (default: open). */
    @GetMapping("/tickets")
    List<QueueJson> queue(@RequestParam(required = false) List<String> status) {
        EnumSet<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
        if (status == null || status.isEmpty()) {
            for (TicketStatus s : TicketStatus.values()) {
                if (s.open()) {
                    statuses.add(s);
                }
            }
        } else {
            for (String s : status) {
                try {
                    statuses.add(TicketStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw GongkaiException.invalid("status", "状态不正确");
                }
            }
        }
        return service.queue(Actor.require(), statuses).stream()
                .map(r -> new QueueJson(r.number(), r.category(), r.urgency().name(), r.status().name(), r.title(),
                        r.receivedAt(), r.dueOn(), r.urgeCount(), r.maskedPhone()))
                .toList();
    }

    record DispatchJson(@Size(max = HotlineCommands.UNIT_CODE_MAX) String unitCode,
            @Size(max = HotlineCommands.REASON_MAX) String note, List<String> coUnitCodes) {}

    /** Dispatch to the lead unit; {@code coUnitCodes} names the co-units of joint handling (optional). */
    @PostMapping("/tickets/{n}/dispatch")
    HotlineService.TicketView dispatch(@PathVariable String n, @Valid @RequestBody DispatchJson body) {
        commands.dispatch(new DispatchTicket(n, body.unitCode(), body.note(), body.coUnitCodes()));
        return view(n);
    }

    record PartJson(@Size(max = HotlineCommands.REPLY_MAX) String part) {}

    /** A co-unit's part in joint handling (协办意见). */
    @PostMapping("/tickets/{n}/contribute")
    HotlineService.TicketView contribute(@PathVariable String n, @Valid @RequestBody PartJson body) {
        commands.dispatch(new HotlineCommands.ContributePart(n, body.part()));
        return view(n);
    }

    @PostMapping("/tickets/{n}/accept")
    HotlineService.TicketView accept(@PathVariable String n) {
        commands.dispatch(new AcceptTicket(n));
        return view(n);
    }

    record ReasonJson(@Size(max = HotlineCommands.REASON_MAX) String reason) {}

    @PostMapping("/tickets/{n}/return")
    HotlineService.TicketView giveBack(@PathVariable String n, @Valid @RequestBody ReasonJson body) {
        commands.dispatch(new ReturnTicket(n, body.reason()));
        return view(n);
    }

    record ArbitrateJson(@Size(max = HotlineCommands.UNIT_CODE_MAX) String unitCode,
            @Size(max = HotlineCommands.REASON_MAX) String decision) {}

    @PostMapping("/tickets/{n}/arbitrate")
    HotlineService.TicketView arbitrate(@PathVariable String n, @Valid @RequestBody ArbitrateJson body) {
        commands.dispatch(new ArbitrateReturn(n, body.unitCode(), body.decision()));
        return view(n);
    }

    record ExtensionRequestJson(Integer days, @Size(max = HotlineCommands.REASON_MAX) String reason) {}

    @PostMapping("/tickets/{n}/extension-request")
    HotlineService.TicketView requestExtension(@PathVariable String n, @Valid @RequestBody ExtensionRequestJson body) {
        commands.dispatch(new RequestExtension(n, body.days() == null ? 0 : body.days(), body.reason()));
        return view(n);
    }

    record ExtendJson(Boolean approved, Integer days, @Size(max = HotlineCommands.REASON_MAX) String note) {}

    /** The centre's decision on the unit's request: approved (default) with the days granted, or refused. */
    @PostMapping("/tickets/{n}/extend")
    HotlineService.TicketView extend(@PathVariable String n, @Valid @RequestBody(required = false) ExtendJson body) {
        ExtendJson b = body == null ? new ExtendJson(null, null, null) : body;
        commands.dispatch(new DecideExtension(n, !Boolean.FALSE.equals(b.approved()),
                b.days() == null ? 0 : b.days(), b.note()));
        return view(n);
    }

    record NoteJson(@Size(max = HotlineCommands.REASON_MAX) String note) {}

    @PostMapping("/tickets/{n}/urge")
    HotlineService.TicketView urge(@PathVariable String n, @Valid @RequestBody(required = false) NoteJson body) {
        commands.dispatch(new UrgeTicket(n, body == null ? null : body.note()));
        return view(n);
    }

    record ReplyJson(@Size(max = HotlineCommands.REPLY_MAX) String reply) {}

    @PostMapping("/tickets/{n}/reply")
    HotlineService.TicketView reply(@PathVariable String n, @Valid @RequestBody ReplyJson body) {
        commands.dispatch(new ReplyTicket(n, body.reply()));
        return view(n);
    }

    @PostMapping("/tickets/{n}/close")
    HotlineService.TicketView close(@PathVariable String n) {
        commands.dispatch(new CloseTicket(n));
        return view(n);
    }

    record CallbackJson(Integer satisfaction, Boolean solved, @Size(max = HotlineCommands.REASON_MAX) String note) {}

    @PostMapping("/tickets/{n}/callback")
    HotlineService.TicketView callback(@PathVariable String n, @Valid @RequestBody CallbackJson body) {
        commands.dispatch(new RecordCallback(n, body.satisfaction(), body.solved(), body.note()));
        return view(n);
    }

    @PostMapping("/tickets/{n}/reopen")
    HotlineService.TicketView reopen(@PathVariable String n, @Valid @RequestBody ReasonJson body) {
        commands.dispatch(new ReopenTicket(n, body.reason()));
        return view(n);
    }

    record MergeJson(@Size(max = HotlineCommands.NUMBER_MAX) String into) {}

    @PostMapping("/tickets/{n}/merge")
    HotlineService.TicketView merge(@PathVariable String n, @Valid @RequestBody MergeJson body) {
        commands.dispatch(new MergeTicket(n, body.into()));
        return view(n);
    }

    record HintsJson(List<String> callerTickets, String suggestedUnitCode, String suggestedUnitName,
            List<HotlineService.SimilarTicket> similarTickets, List<HotlineService.KnowledgeGuide> guides) {}

    /**
     * Intake hints for the operator: the caller's earlier tickets, the unit the responsibility list suggests, similar
     * open tickets and the service guides of the knowledge base that match the text (with their key facts).
     */
    @GetMapping("/intake-hints")
    HintsJson hints(@RequestParam(required = false) String phone, @RequestParam(required = false) String topic,
            @RequestParam(required = false) String text, @RequestParam(required = false) String address) {
        if ((phone != null && phone.length() > HotlineCommands.PHONE_MAX)
                || (topic != null && topic.length() > HotlineCommands.TOPIC_MAX)
                || (text != null && text.length() > HotlineCommands.CONTENT_MAX)
                || (address != null && address.length() > HotlineCommands.ADDRESS_MAX)) {
            throw new GongkaiException(org.gongkai.common.ErrorCode.TOO_LONG, "参数过长");
        }
        var unit = service.suggestedUnit(topic);
        return new HintsJson(service.callerHistory(Actor.require(), phone),
                unit.map(u -> u.creditCode()).orElse(null), unit.map(u -> u.name()).orElse(null),
                service.similarOpen(Actor.require(), text, address), service.knowledgeGuides(Actor.require(), text));
    }
}
