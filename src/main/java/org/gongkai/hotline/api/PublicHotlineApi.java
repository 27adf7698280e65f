package org.gongkai.hotline.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.SubmitTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineCommands.TicketInput;
import org.gongkai.hotline.HotlineService;
import org.gongkai.hotline.TicketChannel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's contract (issue #12): submit a ticket, follow it with its query code. */
@RestController
@RequestMapping("/api/v1/hotline/tickets")
class PublicHotlineApi {

    static final int LOOKUPS_PER_MINUTE = 30;

    private final CommandDispatcher commands;
    private final HotlineService service;
    private final RateLimits limits;

    PublicHotlineApi(CommandDispatcher commands, HotlineService service, RateLimits limits) {
        this.commands = commands;
        this.service = service;
        this.limits = limits;
    }

    record CallerJson(@Size(max = HotlineCommands.NAME_MAX) String name,
            @Size(max = HotlineCommands.PHONE_MAX) String phone) {}

    /** The body of issue #12; {@code long} is the JSON member of the longitude. */
    record TicketJson(@Size(max = HotlineCommands.CATEGORY_MAX) String category,
            @Size(max = HotlineCommands.TITLE_MAX) String title, @Size(max = HotlineCommands.CONTENT_MAX) String content,
            @Valid CallerJson caller, @Size(max = HotlineCommands.ADDRESS_MAX) String address, Double lat,
            @JsonProperty("long") Double lon, Boolean anonymous, @Size(max = 16) String channel,
            @Size(max = 16) String urgency, @Size(max = HotlineCommands.TOPIC_MAX) String topic) {

        TicketInput input(boolean staff) {
            CallerJson c = caller == null ? new CallerJson(null, null) : caller;
            return new TicketInput(category, staff ? urgency : null, title, content, c.name(), c.phone(), address,
                    topic, lat, lon, Boolean.TRUE.equals(anonymous));
        }
    }

    record Receipt(String ticketNumber, String queryCode, Instant receivedAt, LocalDate dueDate) {
        static Receipt of(Taken t) {
            return new Receipt(t.ticketNumber(), t.queryCode(), t.receivedAt(), t.dueDate());
        }
    }

    @PostMapping
    ResponseEntity<Receipt> submit(@Valid @RequestBody TicketJson body) {
        Taken taken = commands.dispatch(new SubmitTicket(body.input(false), TicketChannel.API));
        return ResponseEntity.created(URI.create("/api/v1/hotline/tickets/" + taken.ticketNumber()))
                .body(Receipt.of(taken));
    }

    @GetMapping("/{ticketNumber}")
    HotlineService.PublicStatus status(@PathVariable String ticketNumber,
            @RequestParam(required = false) String queryCode, HttpServletRequest request) {
        if (!limits.tryConsume("hotline status lookup", request.getRemoteAddr(), LOOKUPS_PER_MINUTE)) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
        return service.publicStatus(ticketNumber, queryCode);
    }
}
