package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's notice in the holiday-cn JSON format:
 * {@code {"year": 2025, "papers": [...], "days": [{"name": "国庆节", "date": "2025-10-01", "isOffDay": true}]}}.
 * An empty {@code days} array means the year's arrangement is not published yet.
 */
record HolidayFile(int year, List<OfficialDay> days) {

    static final String FIELD = "file";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static HolidayFile parse(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw refuse("文件不是有效的 JSON，请上传 holiday-cn 格式的年度文件");
        }
        if (root == null || !root.isObject()) {
            throw refuse("文件内容应为一个 JSON 对象，包含 year 和 days");
        }
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt() || yearNode.intValue() < 1990 || yearNode.intValue() > 2199) {
            throw refuse("文件缺少有效的年份（year），应为 1990 至 2199 之间的整数");
        }
        int year = yearNode.intValue();
        JsonNode daysNode = root.get("days");
        if (daysNode == null || !daysNode.isArray()) {
            throw refuse("文件缺少日期列表（days）");
        }
        List<OfficialDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int index = 0;
        for (JsonNode node : daysNode) {
            index++;
            String where = "第 " + index + " 项";
            JsonNode date = node.get("date");
            JsonNode off = node.get("isOffDay");
            JsonNode name = node.get("name");
            if (date == null || !date.isString()) {
                throw refuse(where + "缺少日期（date）");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(date.stringValue());
            } catch (DateTimeParseException e) {
                throw refuse(where + "的日期“" + date.stringValue() + "”格式不正确，应为 YYYY-MM-DD");
            }
            if (Math.abs(day.getYear() - year) > 1) {
                throw refuse(where + "的日期 " + day + " 不属于 " + year + " 年的安排");
            }
            if (off == null || !off.isBoolean()) {
                throw refuse(where + "缺少是否放假（isOffDay，true 或 false）");
            }
            if (name == null || !name.isString() || name.stringValue().isBlank() || name.stringValue().length() > 50) {
                throw refuse(where + "缺少节日名称（name，不超过 50 字）");
            }
            if (!seen.add(day)) {
                throw refuse(where + "的日期 " + day + " 重复出现");
            }
            days.add(new OfficialDay(day, off.booleanValue(), name.stringValue().trim(), year));
        }
        return new HolidayFile(year, List.copyOf(days));
    }

    private static GongkaiException refuse(String message) {
        return new GongkaiException(ErrorCode.VALIDATION_FAILED, message, FIELD);
    }
}
