package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #8, class 3: a value one character longer than its declared maximum is refused where it came in — the
 * API with 400 problem JSON ({@code TOO_LONG}) naming the member, a page by showing the form again with the
 * message at the field — and nothing is written. One case per binding that used to skip its declaration (the
 * staff request API, the public application API, the catalogue API and page, the report page and API);
 * {@link BoundInputsAreValidatedTest} keeps every binding validated.
 */
@IntegrationTest
class DeclaredLimitsEnforcedTest {

    static final String OFFICE = "11990101100100148H";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    long office;
    RequestPostProcessor staff;

    @BeforeEach
    void officer() {
        office = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(OFFICE).query(Long.class).single();
        staff = as(-51, "limits-officer", Map.of(office, Set.of(Role.REQUEST_OFFICER, Role.EDITOR, Role.REVIEWER)));
    }

    static String text(int length) {
        return "字".repeat(length);
    }

    static String application(String name, String address) {
        return """
                {"applicant": {"type": "NATURAL_PERSON", "name": "%s", "idNumber": "11010519491231002X",
                  "phone": "13912345678", "email": "zhang@example.cn", "address": "%s"},
                 "unitCode": "%s", "description": "示例县道路改造计划", "deliveryForm": "ELECTRONIC",
                 "deliveryChannel": "EMAIL"%s}""".formatted(name, address, OFFICE, "%s");
    }

    JsonNode problem(MockHttpServletRequestBuilder request, String field) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(staff).with(RequestSource.next())).andReturn().getResponse();
        assertThat(r.getStatus()).as(request.toString()).isEqualTo(400);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.path("code").asString()).isEqualTo("TOO_LONG");
        assertThat(body.path("field").asString()).isEqualTo(field);
        return body;
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType("application/json").content(body);
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    String registered() throws Exception {
        String body = application("张三", "示例县人民大道100号").formatted(", \"channel\": \"LETTER\", \"receivedOn\": \"2026-06-15\"");
        String created = mvc.perform(json(post("/api/v1/staff/disclosure-requests"), body).with(staff))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(created).path("trackingNumber").asString();
    }

    @Test
    void theStaffRequestApiRefusesEachTextOverItsMaximumAtItsMember() throws Exception {
        String tn = registered();
        long notes = count("SELECT COUNT(*) FROM requests_note");
        problem(json(post("/api/v1/staff/disclosure-requests/{tn}/notes", tn), "{\"body\":\"" + text(2001) + "\"}"), "body");
        problem(json(post("/api/v1/staff/disclosure-requests/{tn}/correction-request", tn),
                "{\"what\":\"" + text(2001) + "\"}"), "what");
        problem(json(post("/api/v1/staff/disclosure-requests/{tn}/transfer", tn),
                "{\"unitCode\":\"" + OFFICE + "\",\"reason\":\"" + text(1001) + "\"}"), "reason");
        problem(json(post("/api/v1/staff/disclosure-requests/{tn}/decision", tn),
                "{\"decisionCode\":\"DISCLOSED\",\"reasons\":\"" + text(4001) + "\"}"), "reasons");
        assertThat(count("SELECT COUNT(*) FROM requests_note")).as("nothing written").isEqualTo(notes);

        long requests = count("SELECT COUNT(*) FROM requests_request");
        problem(json(post("/api/v1/staff/disclosure-requests"),
                application(text(101), "地址").formatted(", \"channel\": \"LETTER\"")), "applicant.name");
        problem(json(post("/api/v1/disclosure-requests"), application("张三", text(201)).formatted("")),
                "applicant.address");
        assertThat(count("SELECT COUNT(*) FROM requests_request")).as("nothing written").isEqualTo(requests);

        // at the maximum the same note is accepted
        assertThat(mvc.perform(json(post("/api/v1/staff/disclosure-requests/{tn}/notes", tn),
                "{\"body\":\"" + text(2000) + "\"}").with(staff)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theCatalogueApiRefusesATitleAndAReasonOverTheirMaximum() throws Exception {
        long documents = count("SELECT COUNT(*) FROM catalogue_document");
        problem(json(post("/api/v1/staff/documents"), "{\"unitId\":" + office + ",\"title\":\"" + text(501)
                + "\",\"writtenOn\":\"2026-06-01\",\"topic\":\"综合政务\\\\政务公开\",\"category\":\"A20_15_OTHER\"}"),
                "title");
        assertThat(count("SELECT COUNT(*) FROM catalogue_document")).isEqualTo(documents);
        long document = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE unit_id = ?").param(office)
                .query(Long.class).single();
        problem(json(post("/api/v1/staff/documents/{id}/withdraw", document), "{\"reason\":\"" + text(1001) + "\"}"),
                "reason");
        problem(json(post("/api/v1/staff/documents/findings/{id}/override", 1), "{\"reason\":\"" + text(1001) + "\"}"),
                "reason");
    }

    @Test
    void anEarlierReportWithAnOverviewOverItsMaximumIsRefusedAtTheMember() throws Exception {
        problem(json(post("/api/v1/annual-reports/{u}/2020", OFFICE), "{\"format\":\"2021\",\"overview\":\""
                + text(20_001) + "\"}"), "overview");
    }

    /** The page shown again: the typed text kept, the message at the field, no redirect. */
    Document refusedPage(MockHttpServletRequestBuilder request, String field) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(staff).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).as("shown again, not redirected").isIn(200, 400);
        Document page = Jsoup.parse(r.getContentAsString(StandardCharsets.UTF_8));
        Element control = page.selectFirst("[name=" + field + "][aria-invalid=true]");
        assertThat(control).as("the field " + field + " is marked invalid").isNotNull();
        String describedBy = control.attr("aria-describedby");
        assertThat(describedBy).isNotBlank();
        assertThat(page.getElementById(describedBy.split(" ")[describedBy.split(" ").length - 1]).text())
                .contains("不能超过");
        return page;
    }

    @Test
    void pagesShowTheFormAgainWithTheMessageAtTheTooLongField() throws Exception {
        long documents = count("SELECT COUNT(*) FROM catalogue_document");
        refusedPage(post("/console/catalogue").param("unitId", String.valueOf(office)).param("title", text(501))
                .param("writtenOn", "2026-06-01").param("topic", "综合政务\\政务公开").param("category", "A20_15_OTHER"),
                "title");
        assertThat(count("SELECT COUNT(*) FROM catalogue_document")).isEqualTo(documents);

        long requests = count("SELECT COUNT(*) FROM requests_request");
        refusedPage(post("/console/requests/new").param("applicantType", "NATURAL_PERSON").param("name", "张三")
                .param("idNumber", "11010519491231002X").param("phone", "13912345678").param("address", text(201))
                .param("unitCode", OFFICE).param("description", "示例县道路改造计划").param("deliveryForm", "PAPER")
                .param("deliveryChannel", "POST").param("channel", "LETTER").param("receivedOn", "2026-06-15"),
                "address");
        assertThat(count("SELECT COUNT(*) FROM requests_request")).isEqualTo(requests);

        String tn = registered();
        long notes = count("SELECT COUNT(*) FROM requests_note");
        refusedPage(post("/console/requests/{tn}/notes", tn).param("body", text(2001)), "body");
        assertThat(count("SELECT COUNT(*) FROM requests_note")).isEqualTo(notes);

        String year = "/console/reports/" + OFFICE + "/2026";
        String overview = text(20_001);
        Document page = refusedPage(post(year + "/narrative").param("overview", overview).param("problems", "无"),
                "overview");
        assertThat(page.getElementById("overview").text()).as("the typed text is kept").hasSize(overview.length());
        assertThat(mvc.perform(get(year).with(staff)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("nothing saved").doesNotContain(text(100));
    }

    /** A fresh source address per request, so the rate limits of the public API do not interfere. */
    static final class RequestSource {
        private static int next = 1;

        static synchronized RequestPostProcessor next() {
            String address = "10.77." + (next / 250) + "." + (next % 250 + 1);
            next++;
            return r -> {
                r.setRemoteAddr(address);
                return r;
            };
        }
    }
}
