package org.gongkai.services.items;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;

/**
 * The rules every item's content obeys, whether it comes from an import line or the editor: every field bounded,
 * the type and life events from the settings, limits in 工作日 or 自然日, a 即办件 promising the same day, a 承诺件
 * promising no more than the statutory limit in the same unit, online depth Ⅰ–Ⅳ with no visit at Ⅳ (全程网办), visits
 * 0–3, at least one level. Pure: problems go to a {@link Problems} sink as (field, Chinese message).
 */
public final class ItemCheck {

    public static final int CODE_MAX = 64;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int PLACE_MAX = 300;
    public static final int HOURS_MAX = 200;
    public static final int PHONE_MAX = 50;
    public static final int DELIVERY_MAX = 100;
    public static final int FEE_TEXT_MAX = 1000;
    public static final int RESULT_TYPE_MAX = 40;
    public static final int SOURCE_MAX = 200;
    public static final int NOTES_MAX = 1000;
    public static final int MATERIALS_MAX = 60;
    public static final int COPIES_MAX = 20;
    public static final int DAYS_MAX = 365;
    public static final int LIFE_EVENTS_MAX = 300;

    /** Item codes: letters, digits, dot, hyphen, underscore (they appear in URLs). */
    public static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    /** Receives one problem: the field (import column or form field) and a Chinese message. */
    public interface Problems {
        void add(String field, String message);
    }

    private ItemCheck() {}

    /** Checks an item code; true when it is valid. */
    public static boolean code(String code, Problems problems) {
        if (code == null || code.isBlank()) {
            problems.add("code", "请填写事项编码（实施编码）");
            return false;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add("code", "事项编码只能由字母、数字、点、连字符和下划线组成，最多" + CODE_MAX + "个字符");
            return false;
        }
        return true;
    }

    /** Checks the content against the rules and the settings. */
    public static void content(ItemContent c, ServiceItemSettings settings, Problems p) {
        if (c.basicCode() != null && !CODE.matcher(c.basicCode()).matches()) {
            p.add("basicCode", "基本编码只能由字母、数字、点、连字符和下划线组成，最多" + CODE_MAX + "个字符");
        }
        required(c.name(), "name", "事项名称", NAME_MAX, p);
        if (c.type() == null) {
            p.add("type", "请填写事项类型");
        } else if (settings.type(c.type()).isEmpty()) {
            p.add("type", "事项类型应为以下之一：" + String.join("、", settings.typeNames()));
        }
        if (c.target() == null) {
            p.add("target", "请填写服务对象（PERSON 自然人、ORGANISATION 法人或其他组织、BOTH 两者）");
        }
        optional(c.legalBasis(), "legalBasis", "设定依据", TEXT_MAX, p);
        optional(c.conditions(), "conditions", "受理条件", TEXT_MAX, p);
        optional(c.steps(), "steps", "办理流程", TEXT_MAX, p);
        optional(c.place(), "place", "办理地点", PLACE_MAX, p);
        optional(c.hours(), "hours", "办理时间", HOURS_MAX, p);
        optional(c.consultPhone(), "phones", "咨询电话", PHONE_MAX, p);
        optional(c.complaintPhone(), "phones", "监督投诉电话", PHONE_MAX, p);
        optional(c.delivery(), "delivery", "送达方式", DELIVERY_MAX, p);
        limits(c, p);
        if (c.onlineDepth() < 1 || c.onlineDepth() > 4) {
            p.add("onlineDepth", "网办深度应为 1 到 4（Ⅳ 级为全程网办）");
        }
        if (c.visits() < 0 || c.visits() > 3) {
            p.add("visits", "到办事现场次数应为 0 到 3");
        } else if (c.onlineDepth() == 4 && c.visits() != 0) {
            p.add("visits", "网办深度为Ⅳ级（全程网办）的事项到现场次数应为 0");
        }
        if (c.fees() != null) {
            optional(c.fees().basis(), "fees", "收费依据", FEE_TEXT_MAX, p);
            optional(c.fees().standard(), "fees", "收费标准", FEE_TEXT_MAX, p);
            if (c.fees().charged() && (c.fees().standard() == null || c.fees().standard().isBlank())) {
                p.add("fees", "收费事项请填写收费标准");
            }
        }
        if (c.result() != null) {
            optional(c.result().name(), "result", "办理结果名称", NAME_MAX, p);
            optional(c.result().type(), "result", "办理结果类型", RESULT_TYPE_MAX, p);
        }
        lifeEvents(c.lifeEvents(), settings, p);
        materials(c.materials(), p);
        if (c.offerings().isEmpty()) {
            p.add("levels", "请至少填写一个办理层级（COUNTY 县级、TOWNSHIP 乡镇级、VILLAGE 村级）");
        }
    }

    private static void limits(ItemContent c, Problems p) {
        boolean statutoryOk = limit(c.statutoryLimit(), "statutoryLimit", "法定办结时限", p);
        boolean promisedOk = limit(c.promisedLimit(), "promisedLimit", "承诺办结时限", p);
        if (c.kind() == null) {
            p.add("kind", "请填写办件类型（IMMEDIATE 即办件或 PROMISED 承诺件）");
            return;
        }
        if (c.kind() == ItemKind.IMMEDIATE) {
            if (promisedOk && !c.promisedLimit().equals(ItemContent.Limit.SAME_DAY)) {
                p.add("promisedLimit", "即办件的承诺时限应为 {\"days\": 0, \"unit\": \"WORKING_DAYS\"}");
            }
            return;
        }
        if (statutoryOk && c.statutoryLimit().days() < 1) {
            p.add("statutoryLimit", "承诺件的法定办结时限至少为 1 天");
        }
        if (promisedOk && c.promisedLimit().days() < 1) {
            p.add("promisedLimit", "承诺件的承诺办结时限至少为 1 天；当场办结的事项请设为即办件");
        }
        if (statutoryOk && promisedOk) {
            if (c.promisedLimit().unit() != c.statutoryLimit().unit()) {
                p.add("promisedLimit", "承诺时限与法定时限应使用同一计算单位（工作日或自然日）");
            } else if (c.promisedLimit().days() > c.statutoryLimit().days()) {
                p.add("promisedLimit", "承诺办结时限不能超过法定办结时限（" + c.statutoryLimit().words() + "）");
            }
        }
    }

    private static boolean limit(ItemContent.Limit limit, String field, String label, Problems p) {
        if (limit == null || limit.unit() == null) {
            p.add(field, "请填写" + label + "：{\"days\": 天数, \"unit\": \"WORKING_DAYS\" 或 \"CALENDAR_DAYS\"}");
            return false;
        }
        boolean ok = true;
        if (limit.unit() != ClockUnit.WORKING_DAYS && limit.unit() != ClockUnit.CALENDAR_DAYS) {
            p.add(field, label + "的单位应为 WORKING_DAYS（工作日）或 CALENDAR_DAYS（自然日）");
            ok = false;
        }
        if (limit.days() < 0 || limit.days() > DAYS_MAX) {
            p.add(field, label + "应为 0 到 " + DAYS_MAX + " 天");
            ok = false;
        }
        return ok;
    }

    private static void lifeEvents(List<String> events, ServiceItemSettings settings, Problems p) {
        for (String e : events) {
            if (!settings.lifeEvents().contains(e)) {
                p.add("lifeEvents", "人生事件应为以下之一：" + String.join("、", settings.lifeEvents()));
                return;
            }
        }
        if (String.join(",", events).length() > LIFE_EVENTS_MAX || new HashSet<>(events).size() != events.size()) {
            p.add("lifeEvents", "人生事件不能重复，合计最多" + LIFE_EVENTS_MAX + "个字符");
        }
    }

    private static void materials(List<ItemContent.Material> materials, Problems p) {
        if (materials.size() > MATERIALS_MAX) {
            p.add("materials", "申请材料最多" + MATERIALS_MAX + "项");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            ItemContent.Material m = materials.get(i);
            String at = "第" + (i + 1) + "项材料";
            if (m.name() == null || m.name().isBlank()) {
                p.add("materials", at + "缺少名称");
            } else if (m.name().length() > NAME_MAX) {
                p.add("materials", at + "的名称最多" + NAME_MAX + "个字符");
            } else if (!names.add(m.name())) {
                p.add("materials", "材料“" + m.name() + "”重复");
            }
            optional(m.source(), "materials", at + "的来源", SOURCE_MAX, p);
            optional(m.notes(), "materials", at + "的备注", NOTES_MAX, p);
            if (m.form() == null) {
                p.add("materials", at + "的形式应为 ORIGINAL（原件）、COPY（复印件）或 ORIGINAL_AND_COPY（原件和复印件）");
            }
            if (m.copies() < 0 || m.copies() > COPIES_MAX) {
                p.add("materials", at + "的份数应为 0 到 " + COPIES_MAX);
            }
        }
    }

    private static void required(String value, String field, String label, int max, Problems p) {
        if (value == null || value.isBlank()) {
            p.add(field, "请填写" + label);
        } else {
            optional(value, field, label, max, p);
        }
    }

    private static void optional(String value, String field, String label, int max, Problems p) {
        if (value != null && value.length() > max) {
            p.add(field, label + "最多" + max + "个字符");
        }
    }
}
