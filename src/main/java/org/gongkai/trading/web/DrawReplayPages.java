package org.gongkai.trading.web;

import java.util.EnumMap;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.draws.DrawReplay;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.draws.ExclusionReason;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's replay of draws ({@code /console/trading/replay}, role SUPERVISOR, county-wide): the latest draws
 * and, for one, the replay of the stored record by {@link DrawReplay}. While the record is sealed the supervisor sees
 * the verdict, the pool's size and the exclusions counted by reason, not the seed or any expert id; once public, the
 * whole record as the portal shows it.
 */
@Controller
class DrawReplayPages {

    static final int PAGE_SIZE = 50;

    private final Draws draws;

    DrawReplayPages(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/console/trading/replay")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        if (page < 1 || page > 10_000) {
            throw GongkaiException.invalid("page", "页码不正确");
        }
        model.addAttribute("rows", draws.latest((page - 1) * PAGE_SIZE, PAGE_SIZE + 1));
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "trading/console-replays";
    }

    @GetMapping("/console/trading/replay/{drawId}")
    String replay(@PathVariable String drawId, Model model) {
        if (drawId.length() > 40) {
            throw GongkaiException.notFound();
        }
        Draws.PublicDraw view = draws.publicDraw(drawId).orElseThrow(GongkaiException::notFound);
        Map<ExclusionReason, Integer> byReason = new EnumMap<>(ExclusionReason.class);
        view.record().exclusions().forEach(x -> byReason.merge(x.reason(), 1, Integer::sum));
        model.addAttribute("view", view);
        model.addAttribute("d", view.record());
        model.addAttribute("replay", DrawReplay.of(view.record()));
        model.addAttribute("byReason", byReason);
        return "trading/console-replay";
    }
}
