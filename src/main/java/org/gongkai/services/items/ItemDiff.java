package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Two versions of a guide side by side, field by field with the guide's Chinese labels (RULES §5): each element as
 * the text a reader sees, each material as one entry of its own (so an added, removed or changed material shows
 * alone). Pure; unit and station names come from the caller.
 */
public final class ItemDiff {

    /** One element that differs: its label and its text before and after ("" when absent). */
    public record Change(String label, String before, String after) {}

    /** Unit and station names by id. */
    public record Names(LongFunction<String> unit, LongFunction<String> station) {}

    private static final String[] DEPTHS = {"Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅳ级（全程网办）"};

    private ItemDiff() {}

    /** The elements that differ, in the guide's order. */
    public static List<Change> between(ItemContent before, ItemContent after, Names names) {
        Map<String, String> a = facts(before, names);
        Map<String, String> b = facts(after, names);
        Set<String> labels = new LinkedHashSet<>(a.keySet());
        labels.addAll(b.keySet());
        List<Change> out = new ArrayList<>();
        for (String label : labels) {
            String x = a.getOrDefault(label, "");
            String y = b.getOrDefault(label, "");
            if (!Objects.equals(x, y)) {
                out.add(new Change(label, x, y));
            }
        }
        return out;
    }

    /** The guide as labelled texts, in the guide's order (empty elements left out). */
    public static Map<String, String> facts(ItemContent c, Names names) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "事项名称", c.name());
        put(m, "基本编码", c.basicCode());
        put(m, "事项类型", c.type());
        put(m, "实施机构", names.unit().apply(c.unitId()));
        put(m, "服务对象", c.target() == null ? null : c.target().label());
        put(m, "办理层级和地点", offerings(c, names));
        put(m, "设定依据", c.legalBasis());
        put(m, "受理条件", c.conditions());
        for (ItemContent.Material x : c.materials()) {
            put(m, "申请材料：" + x.name(), material(x));
        }
        put(m, "办理流程", c.steps());
        put(m, "办理地点", c.place());
        put(m, "办理时间", c.hours());
        put(m, "咨询电话", c.consultPhone());
        put(m, "监督投诉电话", c.complaintPhone());
        put(m, "法定办结时限", c.statutoryLimit() == null ? null : limit(c.statutoryLimit()));
        put(m, "承诺办结时限", c.promisedLimit() == null ? null : limit(c.promisedLimit()));
        put(m, "办件类型", c.kind() == null ? null : c.kind().label());
        put(m, "收费", fees(c.fees()));
        put(m, "办理结果", c.result() == null ? null : join("（", c.result().name(), c.result().type(), "）"));
        put(m, "送达方式", c.delivery());
        put(m, "网办深度", c.onlineDepth() >= 1 && c.onlineDepth() <= 4 ? DEPTHS[c.onlineDepth() - 1] : null);
        put(m, "到现场次数", c.visits() + " 次");
        put(m, "可预约", c.bookable() ? "是" : "否");
        put(m, "通办范围", c.tongbanScope() == null ? null : c.tongbanScope().label());
        put(m, "人生事件", c.lifeEvents().isEmpty() ? null : String.join("、", c.lifeEvents()));
        return m;
    }

    private static String limit(ItemContent.Limit l) {
        return l.days() == 0 ? "即办（当日办结）" : l.days() + l.unit().words();
    }

    private static String offerings(ItemContent c, Names names) {
        List<String> parts = new ArrayList<>();
        for (ItemContent.Offering o : c.offerings()) {
            parts.add(o.level().label() + (o.stationId() == null ? "" : "：" + names.station().apply(o.stationId())));
        }
        return parts.isEmpty() ? null : String.join("、", parts);
    }

    private static String material(ItemContent.Material x) {
        List<String> parts = new ArrayList<>();
        if (x.source() != null) {
            parts.add("来源：" + x.source());
        }
        parts.add(x.form() == null ? "—" : x.form().label());
        parts.add(x.required() ? "必需" : "非必需");
        parts.add(x.copies() + " 份");
        if (x.notes() != null) {
            parts.add("备注：" + x.notes());
        }
        return String.join("；", parts);
    }

    private static String fees(ItemContent.Fees f) {
        if (f == null || !f.charged()) {
            return "不收费";
        }
        List<String> parts = new ArrayList<>();
        parts.add("收费");
        if (f.standard() != null) {
            parts.add("标准：" + f.standard());
        }
        if (f.basis() != null) {
            parts.add("依据：" + f.basis());
        }
        parts.add(f.onlinePayment() ? "可网上缴费" : "不可网上缴费");
        return String.join("；", parts);
    }

    private static String join(String open, String a, String b, String close) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + open + b + close;
    }

    private static void put(Map<String, String> m, String label, String value) {
        if (value != null && !value.isBlank()) {
            m.put(label, value);
        }
    }
}
