package org.gongkai.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalogue.PublicCatalogue;
import org.gongkai.catalogue.PublicCatalogue.Filter;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 法律法规 column (issue #10): the laws and regulations the portal republishes, under their real issuing bodies
 * (external issuers, not county units), grouped by level and issuer; one issuer's documents, newest first, with their
 * validity; a search box limited to them. The county's own documents stay in 法定主动公开内容.
 */
@Controller
class LawsPage {

    static final int PAGE_SIZE = 20;

    /** One level (效力级别) with its issuers and their document counts. */
    record Level(String name, List<Issuer> issuers) {}

    record Issuer(long id, String name, long count) {}

    private final PublicCatalogue catalogue;
    private final UnitDirectory units;

    LawsPage(PublicCatalogue catalogue, UnitDirectory units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    @GetMapping("/openness/laws")
    String laws(@RequestParam Optional<Long> issuer, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request) {
        Optional<UnitView> chosen = issuer.map(id -> units.findById(id).filter(UnitView::isExternalIssuer)
                .orElseThrow(GongkaiException::notFound));
        Map<Long, Long> counts = catalogue.countsByUnit();
        List<UnitView> issuers = units.findAll().stream().filter(UnitView::isExternalIssuer)
                .filter(u -> counts.containsKey(u.id())).toList();
        model.addAttribute("levels", levels(issuers, counts));
        model.addAttribute("issuer", chosen.orElse(null));
        model.addAttribute("result", catalogue.browse(new Filter(chosen.map(UnitView::id).orElse(null), null, null, null,
                null, true), Math.max(1, Math.min(page, 1_000)), PAGE_SIZE));
        Map<Long, String> names = new LinkedHashMap<>();
        issuers.forEach(u -> names.put(u.id(), u.name()));
        model.addAttribute("unitNames", names);
        String title = chosen.map(u -> u.name() + " · 法律法规").orElse("法律法规");
        model.addAttribute("meta", Meta.column(title, "本站转载的法律、行政法规、部门规章和外地地方性法规，按效力级别和发布机关浏览",
                "法律法规,法律,行政法规,部门规章,地方性法规", request));
        return "catalogue/portal/laws";
    }

    /** Issuers grouped by level, in the order of {@link LawLevels#ORDER}, each level's issuers by count. */
    static List<Level> levels(List<UnitView> issuers, Map<Long, Long> counts) {
        Map<String, List<Issuer>> byLevel = new LinkedHashMap<>();
        LawLevels.ORDER.forEach(level -> byLevel.put(level, new ArrayList<>()));
        for (UnitView u : issuers) {
            byLevel.get(LawLevels.of(u.name())).add(new Issuer(u.id(), u.name(), counts.getOrDefault(u.id(), 0L)));
        }
        List<Level> levels = new ArrayList<>();
        byLevel.forEach((name, list) -> {
            if (!list.isEmpty()) {
                list.sort(Comparator.comparingLong(Issuer::count).reversed().thenComparing(Issuer::name));
                levels.add(new Level(name, List.copyOf(list)));
            }
        });
        return levels;
    }
}
