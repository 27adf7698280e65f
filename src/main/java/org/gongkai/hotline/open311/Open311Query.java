package org.gongkai.hotline.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.TicketInput;
import org.gongkai.hotline.HotlineSettings;
import org.gongkai.hotline.PublicTickets;
import org.gongkai.hotline.open311.Open311Api.Open311Failure;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads Open311 parameters: the filters of {@code GET requests} (a window of at most 90 days, the last 90 days when
 * none is given, as the spec says) and the fields of {@code POST requests}. Anything malformed is a 400 in the spec's
 * error format, naming the parameter.
 */
final class Open311Query {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_PARAMETERS = 40;
    static final int MAX_VALUE = HotlineCommands.CONTENT_MAX;
    static final int MAX_IDS = 100;

    private final HotlineSettings settings;
    private final Clock clock;

    Open311Query(HotlineSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    static void checkSizes(MultiValueMap<String, String> params) {
        int values = params.values().stream().mapToInt(List::size).sum();
        if (values > MAX_PARAMETERS) {
            throw bad("参数过多（最多 " + MAX_PARAMETERS + " 个）");
        }
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().length() > 100) {
                throw bad("参数名过长");
            }
            for (String v : e.getValue()) {
                if (v != null && v.length() > MAX_VALUE) {
                    throw bad(shorten(e.getKey()) + " 过长（最多 " + MAX_VALUE + " 个字符）");
                }
            }
        }
    }

    PublicTickets.Filter filter(MultiValueMap<String, String> params) {
        checkSizes(params);
        List<String> ids = list(params.getFirst("service_request_id"));
        if (!ids.isEmpty()) {
            if (ids.size() > MAX_IDS || ids.stream().anyMatch(i -> i.length() > HotlineCommands.NUMBER_MAX)) {
                throw bad("service_request_id 过多或过长（最多 " + MAX_IDS + " 个）");
            }
            return new PublicTickets.Filter(ids, null, null, null, null, null);
        }
        List<String> codes = list(params.getFirst("service_code"));
        for (String c : codes) {
            if (!settings.knows(c)) {
                throw bad("service_code 不存在：" + shorten(c));
            }
        }
        Instant start = date(params.getFirst("start_date"), "start_date");
        Instant end = date(params.getFirst("end_date"), "end_date");
        if (start == null && end == null) {
            end = clock.instant();
        }
        if (start == null) {
            start = end.minus(WINDOW);
        } else if (end == null) {
            end = start.plus(WINDOW);
        }
        if (start.isAfter(end)) {
            throw bad("start_date 不能晚于 end_date");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw bad("start_date 与 end_date 相隔不能超过 90 天");
        }
        Boolean open = null;
        List<String> statuses = list(params.getFirst("status"));
        for (String s : statuses) {
            if (!s.equals("open") && !s.equals("closed")) {
                throw bad("status 只能是 open 或 closed");
            }
        }
        if (statuses.size() == 1 || statuses.stream().distinct().count() == 1) {
            open = statuses.isEmpty() ? null : statuses.get(0).equals("open");
        }
        return new PublicTickets.Filter(null, codes.isEmpty() ? null : codes, start, end, open, null);
    }

    /** A W3C date-time ({@code 2026-06-01T00:00:00Z}, {@code …+08:00}) or a date (its start in Asia/Shanghai). */
    private static Instant date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(TimeConfiguration.ZONE).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(name + " 格式不正确，应为 W3C 日期时间，如 2026-06-01T00:00:00+08:00");
        }
    }

    TicketInput input(MultiValueMap<String, String> params) {
        String code = value(params, "service_code");
        if (code == null) {
            throw bad("service_code 必填");
        }
        if (!settings.knows(code)) {
            throw bad("service_code 不存在：" + shorten(code));
        }
        String description = value(params, "description");
        if (description == null) {
            throw bad("description 必填：请描述诉求");
        }
        Double lat = number(value(params, "lat"), "lat");
        Double lon = number(value(params, "long"), "long");
        String address = value(params, "address_string");
        if (address == null && (lat == null || lon == null)) {
            throw bad("须提供位置：lat 和 long，或 address_string");
        }
        String name = (nullToEmpty(value(params, "last_name")) + nullToEmpty(value(params, "first_name"))).strip();
        String title = value(params, "attribute[title]");
        if (title == null) {
            int end = description.codePointCount(0, description.length()) <= 30 ? description.length()
                    : description.offsetByCodePoints(0, 30);
            title = description.substring(0, end);
        }
        String anonymous = value(params, "attribute[anonymous]");
        if (anonymous != null && !anonymous.equals("true") && !anonymous.equals("false")) {
            throw bad("attribute[anonymous] 只能是 true 或 false");
        }
        return new TicketInput(code, null, title, description, name.isEmpty() ? null : name, value(params, "phone"),
                address, value(params, "attribute[topic]"), lat, lon, "true".equals(anonymous));
    }

    private static Double number(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(name + " 应为数字");
        }
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String shorten(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Open311Failure bad(String description) {
        return new Open311Failure(HttpStatus.BAD_REQUEST, description);
    }
}
