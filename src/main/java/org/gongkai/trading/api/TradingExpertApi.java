package org.gongkai.trading.api;

import java.time.Instant;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.trading.experts.ExpertCommands;
import org.gongkai.trading.experts.ExpertInput;
import org.gongkai.trading.experts.ExpertPool;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The expert pool one expert at a time (issue #14), for the expert-pool administrator: the list with ID numbers and
 * phones masked, one expert decrypted (audited {@code VIEW_EXPERT}) with the centre's ratings, and the edit
 * ({@code EDIT_EXPERT}); and the rating of an expert's work on a project by a trading officer ({@code RATE_EXPERT}).
 */
@RestController
class TradingExpertApi {

    static final String EXPERTS = "/api/v1/staff/trading/experts";

    private final ExpertPool pool;
    private final CommandDispatcher commands;

    TradingExpertApi(ExpertPool pool, CommandDispatcher commands) {
        this.pool = pool;
        this.commands = commands;
    }

    record ExpertsJson(List<ExpertPool.ListedExpert> experts, int total, int page, int pages) {}

    @GetMapping(EXPERTS)
    ExpertsJson list(@RequestParam(required = false) String specialty, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page) {
        ExpertPool.Page p = pool.list(Actor.require(), specialty, status, q, page);
        return new ExpertsJson(p.rows(), p.total(), p.page(), p.pages());
    }

    record ExpertJson(String expertId, String name, String idNumber, List<String> specialties, String title,
            String employerCode, List<ExpertInput.Former> formerEmployers, List<ExpertInput.Conflict> conflicts,
            String status, java.time.LocalDate statusFrom, java.time.LocalDate statusUntil, String phone, String region,
            Instant updatedAt, List<ExpertPool.ExpertRating> ratings) {}

    @GetMapping(EXPERTS + "/{expertId}")
    ExpertJson expert(@PathVariable String expertId) {
        ExpertPool.Detail d = pool.detail(Actor.require(), expertId);
        ExpertInput e = d.expert();
        return new ExpertJson(e.expertId(), e.name(), e.idNumber(), e.specialties(), e.title(), e.employerCode(),
                e.formerEmployers(), e.conflicts(), e.status(), e.statusFrom(), e.statusUntil(), e.phone(), e.region(),
                d.updatedAt(), d.ratings());
    }

    record ExpertSaved(String expertId) {}

    /** The whole record as the import line has it; a blank {@code idNumber} keeps the stored one. */
    @PutMapping(EXPERTS + "/{expertId}")
    ExpertSaved edit(@PathVariable String expertId, @RequestBody ExpertInput body) {
        commands.dispatch(new ExpertCommands.EditExpert(expertId, body));
        return new ExpertSaved(expertId);
    }

    record RatingBody(String expertId, Integer score, String comment) {}

    @PostMapping("/api/v1/staff/trading/projects/{projectCode}/ratings")
    @ResponseStatus(HttpStatus.CREATED)
    void rate(@PathVariable String projectCode, @RequestBody RatingBody body) {
        commands.dispatch(new ExpertCommands.RateExpert(projectCode, body.expertId(), body.score(), body.comment()));
    }
}
