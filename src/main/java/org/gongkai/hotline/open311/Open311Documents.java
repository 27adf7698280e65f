package org.gongkai.hotline.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.hotline.HotlineSettings;
import org.gongkai.hotline.PublicTickets.PublicTicket;
import org.gongkai.hotline.Urgency;

/**
 * The GeoReport v2 documents of the hotline (decision on the Open311 mapping): each category a service, its
 * definition's attributes, a ticket as a service request. Maps keep the spec's member order; the same tree is written
 * as JSON and as XML ({@link Open311Xml}).
 */
final class Open311Documents {

    /** The day this mapping last changed (discovery's changeset). */
    static final String CHANGESET = "2026-12-02T00:00:00+08:00";
    static final String GROUP = "12345热线";
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Open311Documents() {}

    static Map<String, Object> discovery(String baseUrl) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", baseUrl + "/open311/v2");
        endpoint.put("changeset", CHANGESET);
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", CHANGESET);
        d.put("contact", "12345政务服务便民热线");
        d.put("key_service", "提交诉求的 api_key 是 12345 热线接口账号的员工 API 令牌，由安全管理员开设账号后在“API 令牌”页签发");
        d.put("endpoints", List.of(endpoint));
        return d;
    }

    static Map<String, Object> service(HotlineSettings settings, String code) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", code);
        s.put("service_name", settings.label(code));
        s.put("description", settings.label(code) + "类诉求，一般在 " + settings.answerDays(code, Urgency.NORMAL)
                + " 个工作日内答复");
        s.put("metadata", true);
        s.put("type", "batch");
        s.put("keywords", settings.label(code));
        s.put("group", GROUP);
        return s;
    }

    static List<Map<String, Object>> services(HotlineSettings settings) {
        return settings.categories().keySet().stream().map(c -> service(settings, c)).toList();
    }

    /** The attributes a client may send as {@code attribute[code]} with a request. */
    static Map<String, Object> definition(String code) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", code);
        d.put("attributes", List.of(
                attribute("title", "string", 1, "诉求标题（不填则取描述的前 30 个字）", "诉求标题", null),
                attribute("topic", "string", 2, "诉求涉及的事项，如“供水”“噪声”，用于推荐承办单位", "事项标签", null),
                attribute("anonymous", "singlevaluelist", 3, "举报人可要求对承办单位匿名", "是否对承办单位匿名",
                        List.of(value("false", "不匿名"), value("true", "匿名")))));
        return d;
    }

    private static Map<String, Object> attribute(String code, String datatype, int order, String description,
            String datatypeDescription, List<Map<String, Object>> values) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("variable", true);
        a.put("code", code);
        a.put("datatype", datatype);
        a.put("required", false);
        a.put("datatype_description", datatypeDescription);
        a.put("order", order);
        a.put("description", description);
        if (values != null) {
            a.put("values", values);
        }
        return a;
    }

    private static Map<String, Object> value(String key, String name) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("key", key);
        v.put("name", name);
        return v;
    }

    /** A ticket as a service request; no caller name, phone or query code ever. */
    static Map<String, Object> request(PublicTicket t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", t.number());
        r.put("status", t.open() ? "open" : "closed");
        r.put("status_notes", t.reply() != null ? t.reply() : t.status().label());
        r.put("service_name", t.categoryLabel());
        r.put("service_code", t.category());
        r.put("description", t.description());
        r.put("agency_responsible", t.unitName());
        r.put("service_notice", null);
        r.put("requested_datetime", w3c(t.receivedAt()));
        r.put("updated_datetime", w3c(t.updatedAt() != null ? t.updatedAt() : t.receivedAt()));
        r.put("expected_datetime", t.open() && t.dueOn() != null ? endOf(t.dueOn()) : null);
        r.put("address", t.address());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", t.lat());
        r.put("long", t.lon());
        r.put("media_url", null);
        return r;
    }

    /** The answer to a created request. */
    static Map<String, Object> created(String number, String notice) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", number);
        r.put("service_notice", notice);
        r.put("account_id", null);
        return r;
    }

    static Map<String, Object> error(int code, String description) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", code);
        e.put("description", description);
        return e;
    }

    static String w3c(Instant at) {
        return at == null ? null : at.atZone(TimeConfiguration.ZONE).format(W3C);
    }

    private static String endOf(LocalDate day) {
        return OffsetDateTime.of(day.atTime(23, 59, 59), TimeConfiguration.ZONE.getRules().getOffset(
                day.atTime(23, 59, 59))).format(W3C);
    }
}
