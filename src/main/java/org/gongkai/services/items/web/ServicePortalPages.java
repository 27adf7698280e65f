package org.gongkai.services.items.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.ServiceLevel;
import org.gongkai.services.items.ItemTarget;
import org.gongkai.services.items.ItemMaterialFiles;
import org.gongkai.services.items.ServiceItemCatalogue;
import org.gongkai.services.items.ServiceItemSettings;
import org.gongkai.services.items.Station;
import org.gongkai.services.items.StationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's 政务服务 section: the landing page (guides by level, life event, target and department; the county
 * and township centres), the filtered list of guides and the guide (办事指南) of one item — printable, readable in
 * 长者模式 (large text, high contrast), with no JavaScript.
 */
@Controller
class ServicePortalPages {

    static final int PAGE_SIZE = 20;

    private final ServiceItemCatalogue catalogue;
    private final ServiceItemSettings settings;
    private final UnitDirectory units;
    private final StationRepository stations;
    private final ItemMaterialFiles materialFiles;

    ServicePortalPages(ServiceItemCatalogue catalogue, ServiceItemSettings settings, UnitDirectory units,
            StationRepository stations, ItemMaterialFiles materialFiles) {
        this.materialFiles = materialFiles;
        this.catalogue = catalogue;
        this.settings = settings;
        this.units = units;
        this.stations = stations;
    }

    /** A department (or township) with published items, for browsing. */
    record UnitEntry(String creditCode, String name, long count) {}

    @GetMapping("/services")
    String landing(Model model) {
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("lifeEvents", settings.lifeEvents());
        model.addAttribute("units", unitEntries());
        List<Station> centres = stations.active().stream().filter(s -> s.level() != ServiceLevel.VILLAGE).toList();
        model.addAttribute("centres", centres);
        model.addAttribute("villageStations", stations.active().stream()
                .filter(s -> s.level() == ServiceLevel.VILLAGE).count());
        return "services/portal/landing";
    }

    @GetMapping("/services/items")
    String list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "event", required = false) String event,
            @RequestParam(name = "target", required = false) String target,
            @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        String text = blank(q) ? null : q.strip();
        if (text != null && text.length() > ServiceItemCatalogue.QUERY_MAX) {
            throw GongkaiException.invalid("q", "检索词最多" + ServiceItemCatalogue.QUERY_MAX + "个字符");
        }
        ServiceLevel l = blank(level) ? null : parse(ServiceLevel.class, level, "level", "办理层级不正确");
        UnitView u = blank(unit) || unit.length() > 40 ? null : units.findByCreditCode(unit.strip()).orElse(null);
        if (!blank(unit) && u == null) {
            throw GongkaiException.invalid("unit", "未找到该实施机构");
        }
        if (!blank(event) && !settings.lifeEvents().contains(event.strip())) {
            throw GongkaiException.invalid("event", "人生事件不正确");
        }
        ItemTarget t = blank(target) ? null : parse(ItemTarget.class, target, "target", "服务对象不正确");
        int p;
        try {
            p = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            p = 0;
        }
        if (p < 1 || p > 10_000) {
            throw GongkaiException.invalid("page", "页码不正确");
        }
        ServiceItemCatalogue.Query query = new ServiceItemCatalogue.Query(text, l, u == null ? null : u.id(),
                blank(event) ? null : event.strip(), t);
        ServiceItemCatalogue.Page found = catalogue.search(query, p, PAGE_SIZE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", text);
        filters.put("level", l == null ? null : l.name());
        filters.put("unit", u == null ? null : u.creditCode());
        filters.put("event", query.lifeEvent());
        filters.put("target", t == null ? null : t.name());
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("level", l);
        model.addAttribute("unit", u);
        model.addAttribute("event", query.lifeEvent());
        model.addAttribute("target", t);
        model.addAttribute("found", found);
        model.addAttribute("page", p);
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("pages", pages);
        model.addAttribute("previousHref", p > 1 ? href(filters, p - 1) : null);
        model.addAttribute("nextHref", p < pages ? href(filters, p + 1) : null);
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("targets", List.of(ItemTarget.PERSON, ItemTarget.ORGANISATION));
        model.addAttribute("lifeEvents", settings.lifeEvents());
        model.addAttribute("units", unitEntries());
        model.addAttribute("heading", heading(l, u, query.lifeEvent(), t));
        return "services/portal/list";
    }

    @GetMapping("/services/items/{code}")
    String guide(@PathVariable("code") String code, Model model) {
        ServiceItemCatalogue.Guide guide = catalogue.guide(code).orElseThrow(GongkaiException::notFound);
        model.addAttribute("guide", guide);
        model.addAttribute("item", guide.item());
        model.addAttribute("c", guide.item().content());
        Map<Integer, ItemMaterialFiles.Row> files = new HashMap<>();
        materialFiles.rows(guide.item()).forEach(r -> files.put(r.material(), r));
        model.addAttribute("materialFiles", files);
        model.addAttribute("typeCode", settings.type(guide.item().content().type())
                .map(ServiceItemSettings.ItemType::code).orElse(null));
        return "services/portal/guide";
    }

    private List<UnitEntry> unitEntries() {
        List<UnitEntry> out = new ArrayList<>();
        catalogue.unitsWithItems().forEach((id, count) -> units.findById(id)
                .ifPresent(u -> out.add(new UnitEntry(u.creditCode(), u.name(), count))));
        out.sort(Comparator.comparing(UnitEntry::creditCode));
        return out;
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        catalogue.unitsWithItems().keySet().forEach(id -> units.findById(id).ifPresent(u -> names.put(id, u.name())));
        return names;
    }

    private static String heading(ServiceLevel level, UnitView unit, String event, ItemTarget target) {
        List<String> parts = new ArrayList<>();
        if (level != null) {
            parts.add(level.label());
        }
        if (unit != null) {
            parts.add(unit.name());
        }
        if (event != null) {
            parts.add(event);
        }
        if (target != null) {
            parts.add(target == ItemTarget.PERSON ? "个人办事" : "法人办事");
        }
        return parts.isEmpty() ? "办事指南" : String.join(" · ", parts) + "的办事指南";
    }

    private static String href(Map<String, String> filters, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/services/items");
        filters.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.queryParam("page", page).encode().build().toUriString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
