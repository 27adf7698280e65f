package org.gongkai.services.ratings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ratings.RatingCommands.AppealRating;
import org.gongkai.services.ratings.RatingCommands.CloseRectification;
import org.gongkai.services.ratings.RatingCommands.ConfirmBadRating;
import org.gongkai.services.ratings.RatingCommands.DecideAppeal;
import org.gongkai.services.ratings.RatingCommands.ExplainBadRating;
import org.gongkai.services.ratings.RatingCommands.RateCase;
import org.gongkai.services.ratings.RatingCommands.RecordRectification;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 好差评 API: the public rating with the case's query code (throttled per address), and the staff steps of a
 * rectification. Every change goes through {@link CommandDispatcher} (audited, refusals included).
 */
@RestController
@Validated
class RatingApi {

    static final String STAFF = "/api/v1/staff/service-rectifications";

    private final CommandDispatcher commands;
    private final RateLimits limits;
    private final RatingSettings settings;
    private final RatingRepository repository;
    private final UnitDirectory units;

    RatingApi(CommandDispatcher commands, RateLimits limits, RatingSettings settings, RatingRepository repository,
            UnitDirectory units) {
        this.commands = commands;
        this.limits = limits;
        this.settings = settings;
        this.repository = repository;
        this.units = units;
    }

    record RatingJson(@Size(max = 64) String queryCode, Integer level, @Size(max = 16) String channel,
            @Size(max = RatingCommands.COMMENT_MAX) String comment) {}

    record RatedJson(String caseNumber, String channel, int level, String levelLabel, boolean rectificationOpened) {}

    @PostMapping("/api/v1/service-cases/{caseNumber}/ratings")
    ResponseEntity<RatedJson> rate(@PathVariable @Size(max = 32) String caseNumber,
            @RequestBody @jakarta.validation.Valid RatingJson body,
            HttpServletRequest request) {
        throttle(request.getRemoteAddr(), limits, settings);
        Ratings.Recorded r = commands.dispatch(new RateCase(caseNumber, body.queryCode(), body.level(), body.channel(),
                body.comment()));
        return ResponseEntity.created(URI.create("/api/v1/service-cases/" + r.caseNumber()))
                .body(new RatedJson(r.caseNumber(), r.channel(), r.level(), RatingLevel.labelOf(r.level()),
                        r.rectificationOpened()));
    }

    static void throttle(String address, RateLimits limits, RatingSettings settings) {
        if (!limits.tryConsume("services rating", address, settings.lookupsPerMinute())) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
    }

    record RectificationJson(long id, String caseNumber, String itemName, int level, String levelLabel,
            String channel, String comment, LocalDate ratedOn, String status, String statusLabel, LocalDate respondDue,
            LocalDate rectifyDue, Boolean founded, String response, String measures, String callbackNote,
            String outcome, LocalDate closedOn, String appealReason, String appealDecision, List<String> allowed) {

        static RectificationJson of(Rectification x) {
            return new RectificationJson(x.id(), x.rating().caseNumber(), x.rating().itemName(), x.rating().level(),
                    RatingLevel.labelOf(x.rating().level()), x.rating().channel(), x.rating().comment(),
                    x.rating().ratedOn(), x.status().name(), x.status().label(), x.respondDue(), x.rectifyDue(),
                    x.founded(), x.response(), x.measures(), x.callbackNote(), x.outcome(), x.closedOn(),
                    x.appealReason(), x.appealDecision(),
                    RectificationLifecycle.TABLE.allowedActions(x.status()).stream().map(Enum::name).toList());
        }
    }

    @GetMapping(STAFF)
    List<RectificationJson> queue(@RequestParam(defaultValue = "true") boolean pending) {
        Actor actor = Actor.require();
        var scope = units.visibleUnits(actor, RatingCommandHandlers.READERS);
        return repository.queue(scope, pending, 200).stream().map(RectificationJson::of).toList();
    }

    @GetMapping(STAFF + "/{id}")
    RectificationJson one(@PathVariable long id) {
        Actor actor = Actor.require();
        Rectification x = repository.find(id).orElseThrow(GongkaiException::notFound);
        if (!x.within(units.visibleUnits(actor, RatingCommandHandlers.READERS))) {
            throw GongkaiException.outOfScope("Rectification", id);
        }
        return RectificationJson.of(x);
    }

    record TextJson(@Size(max = RatingCommands.TEXT_MAX) String text,
            @Size(max = RatingCommands.TEXT_MAX) String outcome, Boolean upheld, java.time.LocalDate on) {}

    @PostMapping(STAFF + "/{id}/{action}")
    RectificationJson act(@PathVariable long id, @PathVariable String action, @RequestBody @jakarta.validation.Valid TextJson body) {
        String text = body.text();
        switch (action) {
            case "confirm" -> commands.dispatch(new ConfirmBadRating(id, text, body.on()));
            case "explain" -> commands.dispatch(new ExplainBadRating(id, text, body.on()));
            case "rectify" -> commands.dispatch(new RecordRectification(id, text, body.on()));
            case "close" -> commands.dispatch(new CloseRectification(id, text, body.outcome(), body.on()));
            case "appeal" -> commands.dispatch(new AppealRating(id, text));
            case "decide-appeal" -> commands.dispatch(new DecideAppeal(id, Boolean.TRUE.equals(body.upheld()), text));
            default -> throw GongkaiException.notFound();
        }
        return RectificationJson.of(repository.find(id).orElseThrow(GongkaiException::notFound));
    }
}
