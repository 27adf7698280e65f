package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.ServiceLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one JSON line of the item import into a code and an {@link ItemContent}, reporting every problem of the line
 * by its member name: malformed JSON, unknown members, wrong types, control characters, a unit outside the importer's
 * scope or unknown, an unknown station; then the rules of {@link ItemCheck}. The import and the demo items use it.
 */
final class ItemLines {

    static final Set<String> MEMBERS = Set.of("code", "basicCode", "name", "type", "unitCode", "levels", "target",
            "legalBasis", "conditions", "materials", "steps", "place", "hours", "phones", "statutoryLimit",
            "promisedLimit", "kind", "fees", "result", "delivery", "onlineDepth", "visits", "bookable",
            "tongbanScope", "lifeEvents", "offerings");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the reader needs to resolve codes: units by credit code, the importer's scope, stations by code. */
    interface Lookups {
        Optional<UnitView> unit(String creditCode);

        Optional<StationRef> station(String code);
    }

    /** A station as an offering names it. */
    record StationRef(long id, long unitId, ServiceLevel level) {}

    /** A line read without problems. */
    record Line(int row, String code, ItemContent content) {}

    private final Lookups lookups;
    private final LongPredicate inScope;
    private final ServiceItemSettings settings;

    ItemLines(Lookups lookups, LongPredicate inScope, ServiceItemSettings settings) {
        this.lookups = lookups;
        this.inScope = inScope;
        this.settings = settings;
    }

    /** The line, or empty when it has problems (each added to {@code problems}). */
    Optional<Line> read(int row, String text, ItemCheck.Problems problems) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add("", "不是有效的 JSON 对象");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add("", "每行应为一个 JSON 对象");
            return Optional.empty();
        }
        int[] count = {0};
        ItemCheck.Problems counted = (f, m) -> {
            count[0]++;
            problems.add(f, m);
        };
        for (String name : node.propertyNames()) {
            if (!MEMBERS.contains(name)) {
                counted.add(name.length() > 40 ? name.substring(0, 40) : name, "未知的字段“" + shorten(name) + "”");
            }
        }
        Fields f = new Fields(node, counted);
        String code = f.text("code", ItemCheck.CODE_MAX * 2, false);
        ItemCheck.code(code, counted);
        UnitView unit = unit(f.text("unitCode", 40, false), counted);
        ItemKind kind = f.parsed("kind", ItemLines::kind, "办件类型应为 IMMEDIATE（即办件）或 PROMISED（承诺件）");
        ItemContent.Limit promised = kind == ItemKind.IMMEDIATE && !node.has("promisedLimit")
                ? ItemContent.Limit.SAME_DAY : f.limit("promisedLimit");
        ItemContent content = new ItemContent(f.text("basicCode", ItemCheck.CODE_MAX * 2, false),
                f.text("name", ItemCheck.NAME_MAX * 2, false), f.text("type", 40, false), unit == null ? 0 : unit.id(),
                f.parsed("target", ItemTarget::parse, "服务对象应为 PERSON、ORGANISATION 或 BOTH"),
                f.lines("legalBasis"), f.lines("conditions"), f.lines("steps"), f.text("place", 600, false),
                f.text("hours", 400, false), f.member("phones", "consult"), f.member("phones", "complaint"),
                f.limit("statutoryLimit"), promised, kind, f.fees(), f.result(), f.joined("delivery", "、", 200), f.integer("onlineDepth", null),
                f.integer("visits", null), f.bool("bookable"),
                f.parsed("tongbanScope", TongbanScope::parse, "通办范围应为 COUNTY、CITY、PROVINCE、CROSS_PROVINCE 或 NATIONAL"),
                f.list("lifeEvents", 50), materials(f, node.get("materials"), counted),
                offerings(f, unit, counted));
        if (count[0] == 0) {
            ItemCheck.content(content, settings, counted);
        }
        return count[0] == 0 ? Optional.of(new Line(row, code, content)) : Optional.empty();
    }

    private UnitView unit(String code, ItemCheck.Problems p) {
        if (code == null) {
            p.add("unitCode", "请填写实施机构的统一社会信用代码");
            return null;
        }
        Optional<UnitView> unit = lookups.unit(code);
        if (unit.isEmpty() || unit.get().isExternalIssuer()) {
            p.add("unitCode", "未找到统一社会信用代码为“" + shorten(code) + "”的单位");
            return null;
        }
        if (!inScope.test(unit.get().id())) {
            p.add("unitCode", "“" + unit.get().name() + "”不在您的管理范围内（须是您任政务服务人员的单位）");
            return null;
        }
        return unit.get();
    }

    private List<ItemContent.Material> materials(Fields f, JsonNode list, ItemCheck.Problems p) {
        List<ItemContent.Material> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > ItemCheck.MATERIALS_MAX) {
            p.add("materials", "申请材料应为最多" + ItemCheck.MATERIALS_MAX + "项的数组");
            return out;
        }
        int n = 0;
        for (JsonNode m : list) {
            String at = "第" + ++n + "项材料：";
            if (!m.isObject()) {
                p.add("materials", at + "每项申请材料应为一个 JSON 对象");
                continue;
            }
            Fields mf = new Fields(m, (field, message) -> p.add(field, at + message), "materials");
            out.add(new ItemContent.Material(mf.text("name", ItemCheck.NAME_MAX * 2, false),
                    mf.text("source", ItemCheck.SOURCE_MAX * 2, false),
                    mf.parsed("form", ItemLines::form, "材料形式应为 ORIGINAL、COPY 或 ORIGINAL_AND_COPY"),
                    !m.has("required") || mf.bool("required"), mf.integer("copies", 1),
                    mf.text("notes", ItemCheck.NOTES_MAX * 2, true)));
        }
        return out;
    }

    /**
     * One offering per level without a station (every centre or station of the level takes the item in), except for a
     * level with named stations, which is offered only at them.
     */
    private List<ItemContent.Offering> offerings(Fields f, UnitView unit, ItemCheck.Problems p) {
        Set<ServiceLevel> levels = new LinkedHashSet<>();
        for (String l : f.list("levels", 3)) {
            ServiceLevel level = level(l);
            if (level == null) {
                p.add("levels", "办理层级应为 COUNTY、TOWNSHIP 或 VILLAGE");
            } else {
                levels.add(level);
            }
        }
        long unitId = unit == null ? 0 : unit.id();
        List<ItemContent.Offering> named = named(f.node().get("offerings"), levels, p);
        List<ItemContent.Offering> out = new ArrayList<>();
        for (ServiceLevel l : levels) {
            if (named.stream().noneMatch(o -> o.level() == l)) {
                out.add(new ItemContent.Offering(l, unitId, null));
            }
        }
        out.addAll(named);
        return out;
    }

    /** The named stations ({@code [{"stationCode"}]}), each at its own level, which must be among the levels. */
    private List<ItemContent.Offering> named(JsonNode list, Set<ServiceLevel> levels, ItemCheck.Problems p) {
        List<ItemContent.Offering> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > 1000) {
            p.add("offerings", "offerings 应为最多1000项的数组：[{\"stationCode\": \"服务站编码\"}]");
            return out;
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (JsonNode o : list) {
            String code = o.isObject() && o.path("stationCode").isString() ? o.get("stationCode").asString().strip() : "";
            Optional<StationRef> station = code.isEmpty() || code.length() > 40 ? Optional.empty() : lookups.station(code);
            if (station.isEmpty()) {
                p.add("offerings", code.isEmpty() ? "每个 offerings 项应为 {\"stationCode\": \"服务站编码\"}"
                        : "未找到服务站“" + shorten(code) + "”");
            } else if (!levels.contains(station.get().level())) {
                p.add("offerings", "服务站“" + code + "”的层级（" + station.get().level().label() + "）不在 levels 中");
            } else if (seen.add(station.get().id())) {
                out.add(new ItemContent.Offering(station.get().level(), station.get().unitId(), station.get().id()));
            }
        }
        return out;
    }

    static ServiceLevel level(String text) {
        for (ServiceLevel l : ServiceLevel.values()) {
            if (l.name().equals(text) || l.label().equals(text)) {
                return l;
            }
        }
        return null;
    }

    static ItemKind kind(String text) {
        for (ItemKind k : ItemKind.values()) {
            if (k.name().equals(text) || k.label().equals(text)) {
                return k;
            }
        }
        return null;
    }

    static MaterialForm form(String text) {
        for (MaterialForm m : MaterialForm.values()) {
            if (m.name().equals(text) || m.label().equals(text)) {
                return m;
            }
        }
        return null;
    }

    static ClockUnit unit(String text) {
        return switch (text) {
            case "WORKING_DAYS", "工作日" -> ClockUnit.WORKING_DAYS;
            case "CALENDAR_DAYS", "自然日" -> ClockUnit.CALENDAR_DAYS;
            default -> null;
        };
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    static Map<String, Object> limitJson(ItemContent.Limit l) {
        return Map.of("days", l.days(), "unit", l.unit().name());
    }
}
