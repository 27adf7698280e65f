package org.gongkai.trading.web;

import org.gongkai.common.GongkaiException;
import org.gongkai.trading.draws.DrawReplay;
import org.gongkai.trading.draws.Draws;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's page of a draw ({@code /trading/draws/{drawId}}): while sealed, the commitment and the pool digest
 * only; once the evaluation has started, the whole record (seed, pool, exclusions with reasons, selection) and its
 * replay computed on the server by {@link DrawReplay} (the same check as {@code POST /api/v1/trading/draws/verify}).
 * Expert ids only, never names; no script.
 */
@Controller
class DrawPortalPages {

    private final Draws draws;

    DrawPortalPages(Draws draws) {
        this.draws = draws;
    }

    @GetMapping("/trading/draws/{drawId}")
    String draw(@PathVariable String drawId, Model model) {
        if (drawId.length() > 40) {
            throw GongkaiException.notFound();
        }
        Draws.PublicDraw view = draws.publicDraw(drawId).orElseThrow(GongkaiException::notFound);
        model.addAttribute("view", view);
        model.addAttribute("d", view.record());
        model.addAttribute("replay", view.sealed() ? null : DrawReplay.of(view.record()));
        return "trading/draw";
    }
}
