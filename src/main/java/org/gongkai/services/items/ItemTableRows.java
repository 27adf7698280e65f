package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.imports.ImportTemplate;
import org.gongkai.imports.TableRow;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flat table layout of the item import (CSV and XLSX, decision in docs/decisions): one row per item, one column per
 * element of the guide with Chinese headers and Chinese values (县级, 承诺件, 工作日, 是/否 …), and the materials in one
 * column, one material per line of the cell (Alt+Enter in Excel), its parts separated by {@code |}:
 * {@code 名称|来源|形式|是否必需|份数|备注} (only the name is required; 原件, 是, 1 by default). A row becomes the JSON object
 * of an import line, read by {@link ItemLines} like any other; its problems are reported at the column's header.
 */
final class ItemTableRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARTS = Pattern.compile("[|｜]");

    /** Header → JSON member (nested members as {@code parent.child}), in the template's order. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("事项编码", "code");
        COLUMNS.put("基本编码", "basicCode");
        COLUMNS.put("事项名称", "name");
        COLUMNS.put("事项类型", "type");
        COLUMNS.put("实施机构统一社会信用代码", "unitCode");
        COLUMNS.put("办理层级", "levels");
        COLUMNS.put("服务站编码", "offerings");
        COLUMNS.put("服务对象", "target");
        COLUMNS.put("设定依据", "legalBasis");
        COLUMNS.put("受理条件", "conditions");
        COLUMNS.put("申请材料", "materials");
        COLUMNS.put("办理流程", "steps");
        COLUMNS.put("办理地点", "place");
        COLUMNS.put("办理时间", "hours");
        COLUMNS.put("咨询电话", "phones.consult");
        COLUMNS.put("监督投诉电话", "phones.complaint");
        COLUMNS.put("法定时限天数", "statutoryLimit.days");
        COLUMNS.put("法定时限单位", "statutoryLimit.unit");
        COLUMNS.put("承诺时限天数", "promisedLimit.days");
        COLUMNS.put("承诺时限单位", "promisedLimit.unit");
        COLUMNS.put("办件类型", "kind");
        COLUMNS.put("收费标准", "fees.standard");
        COLUMNS.put("收费依据", "fees.basis");
        COLUMNS.put("网上缴费", "fees.onlinePayment");
        COLUMNS.put("办理结果名称", "result.name");
        COLUMNS.put("办理结果类型", "result.type");
        COLUMNS.put("送达方式", "delivery");
        COLUMNS.put("网办深度", "onlineDepth");
        COLUMNS.put("到现场次数", "visits");
        COLUMNS.put("可预约", "bookable");
        COLUMNS.put("通办范围", "tongbanScope");
        COLUMNS.put("人生事件", "lifeEvents");
    }

    static final ImportTemplate TEMPLATE = new ImportTemplate("服务事项导入模板", List.of(
            new ImportTemplate.Column("事项编码", true, "实施编码：字母、数字、点、连字符、下划线，最多64位；已存在的编码请用事项编辑修改"),
            new ImportTemplate.Column("基本编码", false, "事项的基本编码"),
            new ImportTemplate.Column("事项名称", true, "最多200字"),
            new ImportTemplate.Column("事项类型", true, "行政许可、行政确认、公共服务等（设置中的事项类型名称）"),
            new ImportTemplate.Column("实施机构统一社会信用代码", true, "须是您任政务服务人员的单位"),
            new ImportTemplate.Column("办理层级", true, "县级、乡镇（街道）级、村（社区）级，多个用顿号分隔"),
            new ImportTemplate.Column("服务站编码", false, "只在这些服务站办理时填写，多个用顿号分隔；服务站的层级须在办理层级中"),
            new ImportTemplate.Column("服务对象", true, "自然人、法人或其他组织，或“自然人、法人或其他组织”"),
            new ImportTemplate.Column("设定依据", false, "可多行"),
            new ImportTemplate.Column("受理条件", false, "可多行"),
            new ImportTemplate.Column("申请材料", false,
                    "每行一项材料（Excel 中按 Alt+Enter 换行），各部分用 | 分隔：名称|来源|形式（原件、复印件、原件和复印件）|是否必需（是/否）|份数|备注；"
                            + "只有名称必填，默认为 原件、是、1"),
            new ImportTemplate.Column("办理流程", false, "每行一步"),
            new ImportTemplate.Column("办理地点", false, "最多300字"),
            new ImportTemplate.Column("办理时间", false, "最多200字"),
            new ImportTemplate.Column("咨询电话", false, ""),
            new ImportTemplate.Column("监督投诉电话", false, ""),
            new ImportTemplate.Column("法定时限天数", true, "0–365"),
            new ImportTemplate.Column("法定时限单位", true, "工作日或自然日"),
            new ImportTemplate.Column("承诺时限天数", false, "承诺件必填，不超过法定时限；即办件可不填（当日办结）"),
            new ImportTemplate.Column("承诺时限单位", false, "工作日或自然日，与法定时限相同"),
            new ImportTemplate.Column("办件类型", true, "即办件或承诺件"),
            new ImportTemplate.Column("收费标准", false, "不填或填“不收费”为不收费；收费事项填写标准"),
            new ImportTemplate.Column("收费依据", false, ""),
            new ImportTemplate.Column("网上缴费", false, "是或否"),
            new ImportTemplate.Column("办理结果名称", false, "如：营业执照"),
            new ImportTemplate.Column("办理结果类型", false, "证照、批文或其他"),
            new ImportTemplate.Column("送达方式", false, "如：窗口领取、邮寄送达"),
            new ImportTemplate.Column("网办深度", true, "1–4（4 为全程网办，到现场次数须为 0）"),
            new ImportTemplate.Column("到现场次数", true, "0–3"),
            new ImportTemplate.Column("可预约", false, "是或否"),
            new ImportTemplate.Column("通办范围", false, "县域通办、市域通办、省内通办、跨省通办或全国通办"),
            new ImportTemplate.Column("人生事件", false, "出生、上学、就业等（设置中的人生事件），多个用顿号分隔")),
            List.of("11-0107-001", "000107001", "最低生活保障审核确认", "行政确认", "1199010110010056XB",
                    "县级、乡镇（街道）级", "", "自然人", "《社会救助暂行办法》第九条", "户籍在本县、家庭人均收入低于当地最低生活保障标准",
                    "居民身份证|申请人|原件和复印件|是|1|核验原件，留存复印件\n户口簿|公安机关|复印件|否|2", "申请\n受理\n审核\n办结",
                    "示例县政务服务中心一楼民政窗口", "工作日 8:30—12:00，14:30—17:30", "0123-6100056", "12345", "30", "工作日",
                    "10", "工作日", "承诺件", "不收费", "", "", "最低生活保障金领取证", "证照", "窗口领取、邮寄送达", "3", "1", "是",
                    "县域通办", "社会保障"));

    private ItemTableRows() {}

    /** The header's unknown columns (reported on the header row). */
    static List<String> unknownColumns(TableRow header) {
        List<String> out = new ArrayList<>();
        for (String cell : header.cells()) {
            String name = cell == null ? "" : cell.strip();
            if (!name.isEmpty() && !COLUMNS.containsKey(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** The row as the JSON text of an import line (blank cells left out). */
    static String line(TableRow row) {
        ObjectNode o = JSON.createObjectNode();
        COLUMNS.forEach((column, member) -> {
            String value = row.text(column);
            if (value == null) {
                return;
            }
            switch (member) {
                case "materials" -> o.set("materials", materials(value));
                case "offerings" -> {
                    ArrayNode list = o.putArray("offerings");
                    for (String code : value.split("[\\s,，;；、]+")) {
                        if (!code.isBlank()) {
                            list.addObject().put("stationCode", code);
                        }
                    }
                }
                case "fees.standard" -> {
                    if (!value.equals("不收费") && !value.equals("免费")) {
                        fees(o).put("charged", true).put("standard", value);
                    }
                }
                default -> {
                    int dot = member.indexOf('.');
                    if (dot < 0) {
                        o.put(member, value);
                    } else {
                        ObjectNode parent = member.startsWith("fees.") ? fees(o) : object(o, member.substring(0, dot));
                        parent.put(member.substring(dot + 1), value);
                    }
                }
            }
        });
        return JSON.writeValueAsString(o);
    }

    /** The column a problem at an import member is reported at. */
    static String column(String member) {
        for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
            String m = e.getValue();
            if (m.equals(member) || m.startsWith(member + ".")) {
                return e.getKey();
            }
        }
        return member;
    }

    private static ObjectNode fees(ObjectNode o) {
        return object(o, "fees");
    }

    private static ObjectNode object(ObjectNode o, String name) {
        return o.get(name) instanceof ObjectNode existing ? existing : o.putObject(name);
    }

    private static ArrayNode materials(String cell) {
        ArrayNode list = JSON.createArrayNode();
        for (String line : cell.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = PARTS.split(line, -1);
            ObjectNode m = list.addObject();
            m.put("name", p[0].strip());
            put(m, "source", p, 1);
            m.put("form", p.length > 2 && !p[2].isBlank() ? p[2].strip() : "原件");
            m.put("required", p.length > 3 && !p[3].isBlank() ? p[3].strip() : "是");
            m.put("copies", p.length > 4 && !p[4].isBlank() ? p[4].strip() : "1");
            put(m, "notes", p, 5);
        }
        return list;
    }

    private static void put(ObjectNode m, String name, String[] parts, int at) {
        if (parts.length > at && !parts[at].isBlank()) {
            m.put(name, parts[at].strip());
        }
    }
}
