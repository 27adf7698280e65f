package org.gongkai.hotline.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.common.Role;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.hotline.HotlineCommands.SubmitTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineSettings;
import org.gongkai.hotline.PublicTickets;
import org.gongkai.hotline.TicketChannel;
import org.gongkai.identity.ApiTokenService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (issue #12; the mapping is a decision record): discovery, services, service definitions, and
 * service requests (every ticket but {@code REPORT} and anonymous ones, {@link PublicTickets}), each as
 * {@code .json} and {@code .xml}. Creating a request needs {@code api_key}: a staff API token of a 12345 integration
 * account ({@link Role#HOTLINE_INTEGRATION}). Errors are the spec's array of {@code {code, description}}, with the
 * HTTP status as code. Reads and writes share a rate limit per source address.
 */
@RestController
@RequestMapping(Open311Api.BASE)
class Open311Api {

    static final String BASE = "/open311/v2";
    static final int CALLS_PER_MINUTE = 60;
    private static final String FORMAT = "{format:json|xml}";
    private static final String FORMAT_ATTRIBUTE = Open311Api.class.getName() + ".format";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HotlineSettings settings;
    private final PublicTickets tickets;
    private final Open311Query query;
    private final CommandDispatcher commands;
    private final ApiTokenService tokens;
    private final RateLimits limits;
    private final String baseUrl;

    Open311Api(HotlineSettings settings, PublicTickets tickets, CommandDispatcher commands, ApiTokenService tokens,
            RateLimits limits, Clock clock,
            @Value("${gongkai.portal.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.settings = settings;
        this.tickets = tickets;
        this.query = new Open311Query(settings, clock);
        this.commands = commands;
        this.tokens = tokens;
        this.limits = limits;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/discovery." + FORMAT)
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        start(format, request);
        return ok(format, "discovery", Open311Documents.discovery(baseUrl));
    }

    @GetMapping("/services." + FORMAT)
    ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
        start(format, request);
        return ok(format, "services", Open311Documents.services(settings));
    }

    @GetMapping("/services/{code}." + FORMAT)
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
            HttpServletRequest request) {
        start(format, request);
        if (!settings.knows(code)) {
            throw new Open311Failure(HttpStatus.NOT_FOUND, "没有这个 service_code：" + Open311Query.shorten(code));
        }
        return ok(format, "service_definition", Open311Documents.definition(code));
    }

    @GetMapping("/requests." + FORMAT)
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        start(format, request);
        PublicTickets.Filter filter = query.filter(params);
        return ok(format, "service_requests", tickets.search(filter, 0, PublicTickets.MAX_ROWS).stream()
                .map(Open311Documents::request).toList());
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        start(format, request);
        PublicTickets.PublicTicket t = tickets.find(id).orElseThrow(() -> new Open311Failure(HttpStatus.NOT_FOUND,
                "没有这个 service_request_id：" + Open311Query.shorten(id)));
        return ok(format, "service_requests", List.of(Open311Documents.request(t)));
    }

    @PostMapping("/requests." + FORMAT)
    ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        start(format, request);
        Open311Query.checkSizes(params);
        Actor client = tokens.authenticateToken(params.getFirst("api_key"))
                .filter(a -> a.hasRole(Role.HOTLINE_INTEGRATION))
                .orElseThrow(() -> new Open311Failure(HttpStatus.FORBIDDEN,
                        "api_key 无效：须为 12345 热线接口账号有效的 API 令牌"));
        Taken taken = commands.dispatchAs(client, new SubmitTicket(query.input(params), TicketChannel.API));
        String notice = "已受理，答复期限 " + taken.dueDate() + "；查询码 " + taken.queryCode()
                + "（凭工单编号和查询码在本站“互动交流”查询办理进度，请转告诉求人）";
        return ok(format, "service_requests", List.of(Open311Documents.created(taken.ticketNumber(), notice)));
    }

    private void start(String format, HttpServletRequest request) {
        request.setAttribute(FORMAT_ATTRIBUTE, format);
        if (!limits.tryConsume("open311", request.getRemoteAddr(), CALLS_PER_MINUTE)) {
            throw new Open311Failure(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁，请一分钟后再试");
        }
    }

    private static ResponseEntity<String> ok(String format, String root, Object tree) {
        return respond(HttpStatus.OK, format, root, tree);
    }

    private static ResponseEntity<String> respond(HttpStatus status, String format, String root, Object tree) {
        boolean xml = "xml".equals(format);
        String body = xml ? Open311Xml.write(root, tree) : JSON.writeValueAsString(tree);
        return ResponseEntity.status(status)
                .contentType(new MediaType(xml ? MediaType.TEXT_XML : MediaType.APPLICATION_JSON,
                        StandardCharsets.UTF_8))
                .body(body);
    }

    @ExceptionHandler(Open311Failure.class)
    ResponseEntity<String> failed(Open311Failure e, HttpServletRequest request) {
        return error(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler(GongkaiException.class)
    ResponseEntity<String> refused(GongkaiException e, HttpServletRequest request) {
        HttpStatus status = e.code().status();
        String where = e.field() == null ? "" : e.field() + "：";
        return error(status, where + (e.getMessage() == null ? e.code().message() : e.getMessage()), request);
    }

    private static ResponseEntity<String> error(HttpStatus status, String description, HttpServletRequest request) {
        Object format = request.getAttribute(FORMAT_ATTRIBUTE);
        return respond(status, format == null ? "json" : format.toString(), "errors",
                List.of(Open311Documents.error(status.value(), description)));
    }

    /** A refusal in the spec's error format. */
    static final class Open311Failure extends RuntimeException {
        private final HttpStatus status;

        Open311Failure(HttpStatus status, String description) {
            super(description, null, false, false);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }
}
