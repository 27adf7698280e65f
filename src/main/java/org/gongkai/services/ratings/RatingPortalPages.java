package org.gongkai.services.ratings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.services.RatingChannel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's rating form (一事一评, channel ONLINE; no script) reached from the case-status page (which posts the
 * query code with {@code begin}, so the code never enters the address and the form opens filled in), and the public list
 * of rectified bad ratings with the case number masked and no comment or name shown.
 */
@Controller
class RatingPortalPages {

    static final int PAGE_SIZE = 20;

    private final CommandDispatcher commands;
    private final RatingRepository repository;
    private final RateLimits limits;
    private final RatingSettings settings;

    RatingPortalPages(CommandDispatcher commands, RatingRepository repository, RateLimits limits,
            RatingSettings settings) {
        this.commands = commands;
        this.repository = repository;
        this.limits = limits;
        this.settings = settings;
    }

    @GetMapping("/services/cases/{caseNumber}/rate")
    String form(@PathVariable String caseNumber, @RequestParam(required = false) String queryCode, Model model) {
        return page(model, caseNumber, queryCode, null, null, null);
    }

    @PostMapping("/services/cases/{caseNumber}/rate")
    String rate(@PathVariable String caseNumber, @RequestParam(required = false) String queryCode,
            @RequestParam(required = false) String level, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String begin, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (begin != null && level == null) { // from the case-status page: the form with the query code filled in
            return page(model, caseNumber, queryCode, null, null, null);
        }
        try {
            RatingApi.throttle(request.getRemoteAddr(), limits, settings);
            Integer value = level == null || !level.matches("[1-5]") ? null : Integer.valueOf(level);
            Ratings.Recorded r = commands.dispatch(new RatingCommands.RateCase(caseNumber, queryCode, value,
                    RatingChannel.ONLINE.name(), comment));
            model.addAttribute("rated", r);
            model.addAttribute("levelLabel", RatingLevel.labelOf(r.level()));
            return page(model, caseNumber, null, null, null, null);
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            String field = e.code() == ErrorCode.NOT_FOUND ? "queryCode"
                    : e.field() != null && List.of("queryCode", "level", "comment").contains(e.field()) ? e.field() : null;
            String message = e.code() == ErrorCode.NOT_FOUND ? "办件编号或查询码不正确" : e.getMessage();
            return page(model, caseNumber, queryCode, level, comment, new String[] { field, message });
        }
    }

    private String page(Model model, String caseNumber, String queryCode, String level, String comment,
            String[] problem) {
        String number = caseNumber == null ? "" : caseNumber.trim();
        model.addAttribute("caseNumber", number.length() > 32 ? number.substring(0, 32) : number);
        model.addAttribute("queryCode", queryCode);
        model.addAttribute("level", level);
        model.addAttribute("comment", comment);
        model.addAttribute("levels", java.util.stream.Stream.of(RatingLevel.values()).sorted(java.util.Comparator.comparingInt(RatingLevel::value).reversed()).toList());
        model.addAttribute("respondDays", settings.respondWorkingDays());
        model.addAttribute("rectifyDays", settings.rectifyWorkingDays());
        model.addAttribute("problemField", problem == null ? null : problem[0]);
        model.addAttribute("problem", problem == null ? null : problem[1]);
        return "services/rate";
    }

    /** A published outcome as the public sees it. */
    record Outcome(String caseNumber, String itemName, String levelLabel, java.time.LocalDate ratedOn,
            boolean founded, String response, String outcome, java.time.LocalDate closedOn) {}

    @GetMapping("/services/rectifications")
    String published(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, Math.min(page, 10_000));
        List<Outcome> rows = repository.published(p * PAGE_SIZE, PAGE_SIZE).stream()
                .map(x -> new Outcome(mask(x.rating().caseNumber()), x.rating().itemName(),
                        RatingLevel.labelOf(x.rating().level()), x.rating().ratedOn(), Boolean.TRUE.equals(x.founded()),
                        x.response(), x.outcome(), x.closedOn()))
                .toList();
        long total = repository.publishedCount();
        model.addAttribute("rows", rows);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", (long) (p + 1) * PAGE_SIZE < total);
        model.addAttribute("total", total);
        return "services/rectifications-public";
    }

    /** The case number with its middle hidden (FW2026****0123). */
    static String mask(String number) {
        if (number == null || number.length() < 8) {
            return "****";
        }
        return number.substring(0, 6) + "****" + number.substring(number.length() - 4);
    }
}
