package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.calendar.ClockUnit;
import tools.jackson.databind.JsonNode;

/**
 * Typed reading of one JSON object's members for {@link ItemLines}: each reader returns the value or, when the member
 * has the wrong type, holds control characters or is far too long, reports it at the member's name (or at the
 * enclosing list's name for nested objects) and returns null.
 */
final class Fields {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cs}&&[^\\n\\r\\t]]");
    private static final Pattern CONTROL_SINGLE_LINE = Pattern.compile("[\\p{Cntrl}\\p{Cs}]");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,，;；、]");

    private final JsonNode node;
    private final ItemCheck.Problems problems;
    private final String at;

    Fields(JsonNode node, ItemCheck.Problems problems) {
        this(node, problems, null);
    }

    Fields(JsonNode node, ItemCheck.Problems problems, String at) {
        this.node = node;
        this.problems = problems;
        this.at = at;
    }

    JsonNode node() {
        return node;
    }

    /** The members of a nested object, reported at {@code field} (e.g. {@code materials}). */
    Fields nested(JsonNode object, String field) {
        return new Fields(object, problems, field);
    }

    private String field(String name) {
        return at == null ? name : at;
    }

    private JsonNode get(String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** A stripped text value (null when absent or blank). */
    String text(String name, int max, boolean multiline) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            problems.add(field(name), name + " 应为文本");
            return null;
        }
        return clean(name, v.asString(), max, multiline);
    }

    private String clean(String name, String raw, int max, boolean multiline) {
        if (raw.length() > max) {
            problems.add(field(name), name + " 最多" + max / 2 + "个字符");
            return null;
        }
        if ((multiline ? CONTROL : CONTROL_SINGLE_LINE).matcher(raw).find()) {
            problems.add(field(name), name + " 含有控制字符或无效字符");
            return null;
        }
        String s = raw.replace("\r\n", "\n").strip();
        return s.isEmpty() ? null : s;
    }

    /** A text given as one string or as an array of strings (one line each). */
    String lines(String name) {
        JsonNode v = get(name);
        if (v != null && v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isString()) {
                    problems.add(field(name), name + " 应为文本或文本数组");
                    return null;
                }
                parts.add(e.asString().strip());
            }
            return clean(name, String.join("\n", parts), ItemCheck.TEXT_MAX * 2, true);
        }
        return text(name, ItemCheck.TEXT_MAX * 2, true);
    }

    /** A list of short texts given as an array or as one string separated by commas or semicolons. */
    List<String> list(String name, int maxItems) {
        JsonNode v = get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        List<String> raw = new ArrayList<>();
        if (v.isString()) {
            for (String part : LIST_SEPARATORS.split(v.asString())) {
                raw.add(part);
            }
        } else if (v.isArray()) {
            for (JsonNode e : v) {
                if (!e.isString()) {
                    problems.add(field(name), name + " 应为文本数组");
                    return out;
                }
                raw.add(e.asString());
            }
        } else {
            problems.add(field(name), name + " 应为文本数组");
            return out;
        }
        for (String r : raw) {
            String s = clean(name, r, 100, false);
            if (s != null) {
                out.add(s);
            }
        }
        if (out.size() > maxItems) {
            problems.add(field(name), name + " 最多" + maxItems + "项");
        }
        return out;
    }

    /** Texts given as an array or one string, joined with {@code separator}. */
    String joined(String name, String separator, int max) {
        JsonNode v = get(name);
        if (v != null && v.isArray()) {
            List<String> parts = list(name, 20);
            return parts.isEmpty() ? null : clean(name, String.join(separator, parts), max, false);
        }
        return text(name, max, false);
    }

    /** A text member of an object member, or the member itself when it is a string and {@code key} is its default. */
    String member(String name, String key) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return "consult".equals(key) ? clean(name, v.asString(), ItemCheck.PHONE_MAX * 2, false) : null;
        }
        if (!v.isObject()) {
            problems.add(field(name), name + " 应为对象，如 {\"consult\": \"咨询电话\", \"complaint\": \"投诉电话\"}");
            return null;
        }
        return nested(v, name).text(key, ItemCheck.PHONE_MAX * 2, false);
    }

    /** A code parsed by {@code parse}; the message when it is not one. */
    <T> T parsed(String name, Function<String, T> parse, String message) {
        String s = text(name, 80, false);
        if (s == null) {
            return null;
        }
        T value = parse.apply(s);
        if (value == null) {
            problems.add(field(name), message);
        }
        return value;
    }

    /** An integer (a JSON number or digits); {@code absent} when missing, or a problem when that is null. */
    int integer(String name, Integer absent) {
        JsonNode v = get(name);
        if (v == null) {
            if (absent == null) {
                problems.add(field(name), "请填写 " + name);
                return -1;
            }
            return absent;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.asInt();
        }
        if (v.isString() && v.asString().strip().matches("\\d{1,6}")) {
            return Integer.parseInt(v.asString().strip());
        }
        problems.add(field(name), name + " 应为整数");
        return -1;
    }

    boolean bool(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("是"))) {
            return true;
        }
        if (v.isString() && (v.asString().equals("false") || v.asString().equals("否"))) {
            return false;
        }
        problems.add(field(name), name + " 应为 true 或 false");
        return false;
    }

    /** {@code {"days": n, "unit": "WORKING_DAYS|CALENDAR_DAYS"}}; null when absent or wrong. */
    ItemContent.Limit limit(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            problems.add(field(name), name + " 应为 {\"days\": 天数, \"unit\": \"WORKING_DAYS\" 或 \"CALENDAR_DAYS\"}");
            return null;
        }
        Fields limit = nested(v, name);
        int days = limit.integer("days", null);
        String unitText = limit.text("unit", 40, false);
        ClockUnit unit = unitText == null ? null : ItemLines.unit(unitText);
        if (unit == null) {
            problems.add(name, name + " 的 unit 应为 WORKING_DAYS（工作日）或 CALENDAR_DAYS（自然日）");
            return null;
        }
        return days < 0 ? null : new ItemContent.Limit(days, unit);
    }

    /** 收费: "不收费", a text (the standard of a charged item) or {charged, basis, standard, onlinePayment}. */
    ItemContent.Fees fees() {
        JsonNode v = get("fees");
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            String s = clean("fees", v.asString(), ItemCheck.FEE_TEXT_MAX * 2, false);
            if (s == null || s.equals("不收费") || s.equals("免费")) {
                return ItemContent.Fees.NONE;
            }
            return new ItemContent.Fees(true, null, s, false);
        }
        if (!v.isObject()) {
            problems.add("fees", "fees 应为文本或 {\"charged\", \"basis\", \"standard\", \"onlinePayment\"}");
            return null;
        }
        Fields f = nested(v, "fees");
        return new ItemContent.Fees(f.bool("charged"), f.text("basis", ItemCheck.FEE_TEXT_MAX * 2, true),
                f.text("standard", ItemCheck.FEE_TEXT_MAX * 2, true), f.bool("onlinePayment"));
    }

    /** 办理结果: its name as text, or {name, type}. */
    ItemContent.Result result() {
        JsonNode v = get("result");
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            String s = clean("result", v.asString(), ItemCheck.NAME_MAX * 2, false);
            return s == null ? null : new ItemContent.Result(s, null);
        }
        if (!v.isObject()) {
            problems.add("result", "result 应为文本或 {\"name\", \"type\"}");
            return null;
        }
        Fields f = nested(v, "result");
        return new ItemContent.Result(f.text("name", ItemCheck.NAME_MAX * 2, false),
                f.text("type", ItemCheck.RESULT_TYPE_MAX * 2, false));
    }
}
