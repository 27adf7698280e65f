package org.gongkai.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.identity.ApiTokenService;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 over HTTP (issue #12): every JSON response valid against the Open311 schemas copied into the
 * test resources, the XML well-formed in the spec's element names; REPORT and anonymous tickets never listed; no caller
 * name or phone anywhere; POST only with an integration account's API token; errors as the spec's array.
 */
@IntegrationTest
class Open311ApiIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    static final String CENTRE = "129901011001024506";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokenService tokens;
    @Autowired UnitDirectory units;

    RequestPostProcessor centre;
    int client;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
        client++;
    }

    /** Each test its own source address, so the rate limit of one does not refuse another. */
    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder r) {
        String address = "10.31." + (client % 250) + "." + (System.identityHashCode(this) % 250);
        return r.with(req -> {
            req.setRemoteAddr(address);
            return req;
        });
    }

    static void valid(String schema, String body) {
        Schema s = SCHEMAS.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/" + schema));
        JsonNode node = JSON.readTree(body);
        assertThat(s.validate(node)).as(schema + " for " + body).isEmpty();
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String submit(String category, boolean anonymous) throws Exception {
        String json = """
                {"category": "%s", "title": "路灯不亮", "content": "幸福小区3栋门口路灯坏了，我是欧阳锋，电话13912345678",
                 "caller": {"name": "欧阳锋", "phone": "13912345678"}, "address": "幸福路12号", "lat": 29.5,
                 "long": 106.5, "anonymous": %s}""".formatted(category, anonymous);
        Map<String, Object> receipt = JSON.readValue(body(mvc.perform(post("/api/v1/hotline/tickets")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())),
                new TypeReference<>() {});
        return (String) receipt.get("ticketNumber");
    }

    List<Map<String, Object>> requests(String query) throws Exception {
        String b = body(mvc.perform(from(get(java.net.URI.create("/open311/v2/requests.json?" + query)))).andExpect(status().isOk()));
        valid("requests.json", b);
        return JSON.readValue(b, new TypeReference<>() {});
    }

    @Test
    void discoveryServicesAndDefinitionsAreValidInBothFormats() throws Exception {
        String services = body(mvc.perform(from(get("/open311/v2/services.json"))).andExpect(status().isOk()));
        valid("services.json", services);
        List<Map<String, Object>> list = JSON.readValue(services, new TypeReference<>() {});
        assertThat(list).extracting(s -> s.get("service_code")).contains("CONSULTATION", "HELP", "COMPLAINT",
                "REPORT", "SUGGESTION", "PRAISE", "OTHER");
        assertThat(list.get(0)).containsEntry("service_name", "咨询").containsEntry("type", "batch");

        String definition = body(mvc.perform(from(get("/open311/v2/services/COMPLAINT.json")))
                .andExpect(status().isOk()));
        valid("service-definition.json", definition);
        assertThat(definition).contains("\"code\":\"topic\"", "\"code\":\"anonymous\"");

        Document d = xml(body(mvc.perform(from(get("/open311/v2/services/COMPLAINT.xml"))).andExpect(status().isOk())));
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(d.getElementsByTagName("attribute").getLength()).isEqualTo(3);
        assertThat(d.getElementsByTagName("value").getLength()).isEqualTo(2);
        Document s = xml(body(mvc.perform(from(get("/open311/v2/services.xml"))).andExpect(status().isOk())));
        assertThat(s.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(s.getElementsByTagName("service").getLength()).isEqualTo(list.size());

        String discovery = body(mvc.perform(from(get("/open311/v2/discovery.json"))).andExpect(status().isOk()));
        assertThat(discovery).contains("\"url\":\"http://localhost:").contains("/open311/v2\"");
        Document x = xml(body(mvc.perform(from(get("/open311/v2/discovery.xml"))).andExpect(status().isOk())));
        assertThat(x.getElementsByTagName("endpoint").getLength()).isEqualTo(1);
        assertThat(x.getElementsByTagName("format").getLength()).isEqualTo(2);

        String unknown = body(mvc.perform(from(get("/open311/v2/services/NO_SUCH.json"))).andExpect(status().isNotFound()));
        assertThat(JSON.readTree(unknown).get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void requestsListOpenAndClosedTicketsButNeverReportsAnonymousOnesOrPersonalData() throws Exception {
        String complaint = submit("COMPLAINT", false);
        String report = submit("REPORT", false);
        String anonymous = submit("HELP", true);
        String consultation = submit("CONSULTATION", false);
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + consultation + "/reply").with(centre)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"欧阳锋您好：请拨打13912345678以外的电话\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + consultation + "/close").with(centre))
                .andExpect(status().isOk());

        List<Map<String, Object>> all = requests("service_request_id=" + String.join(",", complaint, report,
                anonymous, consultation));
        assertThat(all).extracting(r -> r.get("service_request_id")).containsExactlyInAnyOrder(complaint, consultation);
        Map<String, Object> closed = all.stream().filter(r -> r.get("service_request_id").equals(consultation))
                .findFirst().orElseThrow();
        assertThat(closed).containsEntry("status", "closed").containsEntry("service_code", "CONSULTATION")
                .containsEntry("expected_datetime", null);
        assertThat((String) closed.get("status_notes")).startsWith("欧*锋您好").contains("139****5678");
        Map<String, Object> open = all.stream().filter(r -> r.get("service_request_id").equals(complaint))
                .findFirst().orElseThrow();
        assertThat(open).containsEntry("status", "open").containsEntry("expected_datetime", "2026-06-30T23:59:59+08:00").containsEntry("lat", 29.5)
                .containsEntry("long", 106.5);
        assertThat((String) open.get("requested_datetime")).startsWith("2026-06-15T10:0").endsWith("+08:00");

        String everything = body(mvc.perform(from(get("/open311/v2/requests.json"))).andExpect(status().isOk()));
        valid("requests.json", everything);
        String everythingXml = body(mvc.perform(from(get("/open311/v2/requests.xml"))).andExpect(status().isOk()));
        for (String out : List.of(everything, everythingXml)) {
            assertThat(out).contains(complaint, consultation).doesNotContain(report).doesNotContain(anonymous)
                    .doesNotContain("13912345678").doesNotContain("欧阳锋");
        }
        Document d = xml(everythingXml);
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(((Element) d.getElementsByTagName("request").item(0)).getElementsByTagName("service_request_id")
                .getLength()).isEqualTo(1);

        assertThat(requests("status=closed&service_code=CONSULTATION")).extracting(r -> r.get("status"))
                .containsOnly("closed");
        assertThat(requests("status=open&start_date=2026-06-15T00:00:00%2B08:00&end_date=2026-06-16T00:00:00Z"))
                .extracting(r -> r.get("service_request_id")).contains(complaint).doesNotContain(consultation);
        assertThat(requests("end_date=2026-06-01T00:00:00Z")).extracting(r -> r.get("service_request_id"))
                .doesNotContain(complaint);

        String one = body(mvc.perform(from(get("/open311/v2/requests/" + complaint + ".json"))).andExpect(status().isOk()));
        valid("requests.json", one);
        assertThat(JSON.readTree(one).size()).isEqualTo(1);
        Document x = xml(body(mvc.perform(from(get("/open311/v2/requests/" + consultation + ".xml")))
                .andExpect(status().isOk())));
        assertThat(x.getElementsByTagName("status").item(0).getTextContent()).isEqualTo("closed");
        for (String hidden : List.of(report, anonymous, "RX20990101000000")) {
            String err = body(mvc.perform(from(get("/open311/v2/requests/" + hidden + ".json")))
                    .andExpect(status().isNotFound()));
            assertThat(JSON.readTree(err).get(0).get("code").asInt()).isEqualTo(404);
        }
        Document err = xml(body(mvc.perform(from(get("/open311/v2/requests/" + report + ".xml")))
                .andExpect(status().isNotFound())));
        assertThat(err.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(err.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");
    }

    @Test
    void anIntegrationAccountsTokenCreatesARequestAndAnythingElseIsForbidden() throws Exception {
        long staff = jdbc.sql("SELECT id FROM org_staff WHERE username = 'open311client'").query(Long.class).single();
        String key = tokens.issueToken(staff, "Open311 测试", 30).token();
        String created = body(mvc.perform(from(post("/open311/v2/requests.json")).param("api_key", key)
                .param("service_code", "HELP").param("description", "小区门口井盖缺失，夜间很危险")
                .param("lat", "29.51").param("long", "106.52").param("first_name", "小明").param("last_name", "李")
                .param("phone", "13811112222").param("attribute[topic]", "市政设施"))
                .andExpect(status().isOk()));
        Map<String, Object> receipt = JSON.<List<Map<String, Object>>>readValue(created, new TypeReference<>() {}).get(0);
        String number = (String) receipt.get("service_request_id");
        assertThat(number).matches("RX20260615[0-9]{6}"); // the day, not the day with its offset (+0800)
        assertThat((String) receipt.get("service_notice")).contains("查询码");
        Map<String, Object> row = jdbc.sql("SELECT channel, topic, title, caller_phone_enc FROM hotline_ticket "
                + "WHERE ticket_number = :n").param("n", number).query().singleRow();
        assertThat(row).containsEntry("channel", "API").containsEntry("topic", "市政设施")
                .containsEntry("title", "小区门口井盖缺失，夜间很危险");
        assertThat(String.valueOf(row.get("caller_phone_enc"))).doesNotContain("13811112222");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SUBMIT_TICKET' AND actor = 'open311client'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);

        Document xmlReceipt = xml(body(mvc.perform(from(post("/open311/v2/requests.xml")).param("api_key", key)
                .param("service_code", "SUGGESTION").param("description", "建议增设公交站")
                .param("address_string", "幸福路口").param("first_name", "小红").param("phone", "13811113333"))
                .andExpect(status().isOk())));
        assertThat(xmlReceipt.getElementsByTagName("service_request_id").getLength()).isEqualTo(1);

        long officer = jdbc.sql("SELECT id FROM org_staff WHERE username = 'hotlineofficer'").query(Long.class).single();
        String officerKey = tokens.issueToken(officer, "不是接口账号", 30).token();
        for (String bad : List.of("", "gk_forged", officerKey)) {
            String err = body(mvc.perform(from(post("/open311/v2/requests.json")).param("api_key", bad)
                    .param("service_code", "HELP").param("description", "x").param("address_string", "y"))
                    .andExpect(status().isForbidden()));
            assertThat(JSON.readTree(err).get(0).get("code").asInt()).isEqualTo(403);
            assertThat(JSON.readTree(err).get(0).get("description").asString()).contains("api_key");
        }
        String noPlace = body(mvc.perform(from(post("/open311/v2/requests.json")).param("api_key", key)
                .param("service_code", "HELP").param("description", "没有位置").param("phone", "13811112222")
                .param("first_name", "甲")).andExpect(status().isBadRequest()));
        assertThat(noPlace).contains("\"code\":400").contains("address_string");
        String noName = body(mvc.perform(from(post("/open311/v2/requests.json")).param("api_key", key)
                .param("service_code", "HELP").param("description", "没有姓名").param("address_string", "某路"))
                .andExpect(status().isBadRequest()));
        assertThat(noName).contains("\"code\":400");
    }

    @Test
    void hostileParametersAreRefusedInTheSpecsErrorFormat() throws Exception {
        for (String query : List.of("start_date=yesterday", "end_date=2026-13-45T00:00:00Z",
                "start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z",
                "start_date=2026-06-10T00:00:00Z&end_date=2026-06-01T00:00:00Z", "status=pending",
                "service_code=NO_SUCH", "service_request_id=" + "X".repeat(40),
                "service_request_id=" + "RX1,".repeat(150), "jurisdiction_id=" + "x".repeat(5000))) {
            String b = body(mvc.perform(from(get(java.net.URI.create("/open311/v2/requests.json?" + query)))).andExpect(status().isBadRequest()));
            assertThat(JSON.readTree(b).get(0).get("code").asInt()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(b).get(0).get("description").asString()).as(query).isNotBlank();
        }
        String xmlError = body(mvc.perform(from(get("/open311/v2/requests.xml?status=x"))).andExpect(status().isBadRequest()));
        assertThat(xml(xmlError).getElementsByTagName("error").getLength()).isEqualTo(1);
        String weird = body(mvc.perform(from(get("/open311/v2/requests/{id}.xml", "RX' OR 1=1"))).andExpect(status().isNotFound()));
        assertThat(xml(weird).getDocumentElement().getTagName()).isEqualTo("errors");
    }

    @Test
    void aFloodFromOneAddressIsRateLimited() throws Exception {
        MockHttpServletRequestBuilder flood = get("/open311/v2/services.json").with(r -> {
            r.setRemoteAddr("10.99.99.99");
            return r;
        });
        // the buckets refill on the wall clock, so a slow machine may need a few more than the limit
        int calls = 0;
        int code = 200;
        String b = "";
        while (code == 200 && calls < 4 * Open311Api.CALLS_PER_MINUTE) {
            var response = mvc.perform(flood).andReturn().getResponse();
            code = response.getStatus();
            b = response.getContentAsString(StandardCharsets.UTF_8);
            calls++;
        }
        assertThat(code).isEqualTo(429);
        assertThat(calls).isGreaterThan(Open311Api.CALLS_PER_MINUTE);
        assertThat(JSON.readTree(b).get(0).get("code").asInt()).isEqualTo(429);
    }
}
