package org.gongkai.services.items;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/** Import lines of service items for tests: a complete promised item, changed member by member. */
public final class ItemLinesFixture {

    /** 示例县政务服务中心 and 示例县民政局 in the demo county. */
    public static final String CENTRE = "12990101100102311F";
    public static final String CIVIL_AFFAIRS = "1199010110010056XB";
    public static final String FINANCE = "119901011001002878";

    private ItemLinesFixture() {}

    /** A code no other test run uses (the PostgreSQL tier shares one database). */
    public static String code() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36).toUpperCase();
    }

    /** A complete 承诺件 in working days. */
    public static Map<String, Object> promised(String code, String name, String unitCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("basicCode", "000105" + code.length());
        m.put("name", name);
        m.put("type", "行政确认");
        m.put("unitCode", unitCode);
        m.put("levels", List.of("COUNTY", "TOWNSHIP"));
        m.put("target", "PERSON");
        m.put("legalBasis", List.of("《社会救助暂行办法》第九条", "《最低生活保障审核确认办法》第十条"));
        m.put("conditions", "户籍在本县、家庭人均收入低于当地最低生活保障标准");
        m.put("materials", List.of(
                Map.of("name", "居民身份证", "source", "申请人", "form", "ORIGINAL_AND_COPY", "required", true,
                        "copies", 1, "notes", "核验原件，留存复印件"),
                Map.of("name", "户口簿", "source", "公安机关", "form", "COPY", "required", false, "copies", 2)));
        m.put("steps", List.of("申请", "受理", "审核", "办结"));
        m.put("place", "示例县政务服务中心一楼民政窗口");
        m.put("hours", "工作日 8:30—12:00，14:30—17:30");
        m.put("phones", Map.of("consult", "0123-6100056", "complaint", "12345"));
        m.put("statutoryLimit", Map.of("days", 30, "unit", "WORKING_DAYS"));
        m.put("promisedLimit", Map.of("days", 10, "unit", "WORKING_DAYS"));
        m.put("kind", "PROMISED");
        m.put("fees", "不收费");
        m.put("result", Map.of("name", "最低生活保障金领取证", "type", "证照"));
        m.put("delivery", List.of("窗口领取", "邮寄送达"));
        m.put("onlineDepth", 3);
        m.put("visits", 1);
        m.put("bookable", true);
        m.put("tongbanScope", "COUNTY");
        m.put("lifeEvents", List.of("社会保障"));
        return m;
    }

    /** A 即办件 counted in calendar days by statute. */
    public static Map<String, Object> immediate(String code, String name, String unitCode) {
        Map<String, Object> m = promised(code, name, unitCode);
        m.put("type", "公共服务");
        m.put("levels", List.of("COUNTY"));
        m.put("statutoryLimit", Map.of("days", 15, "unit", "CALENDAR_DAYS"));
        m.put("promisedLimit", Map.of("days", 0, "unit", "WORKING_DAYS"));
        m.put("kind", "IMMEDIATE");
        m.put("onlineDepth", 4);
        m.put("visits", 0);
        m.put("lifeEvents", List.of("出生", "婚育"));
        return m;
    }

    public static Map<String, Object> with(Map<String, Object> line, String member, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(line);
        if (value == null) {
            m.remove(member);
        } else {
            m.put(member, value);
        }
        return m;
    }

    public static String lines(List<Map<String, Object>> items) {
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append(JsonMapper.shared().writeValueAsString(i)).append('\n'));
        return out.toString();
    }
}
