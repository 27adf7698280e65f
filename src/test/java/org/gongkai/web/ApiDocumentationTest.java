package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description is kept current: every mapped /api/ endpoint is in it, with the right security. */
@IntegrationTest
class ApiDocumentationTest {

    @Autowired MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document;

    @BeforeEach
    void fetchDescriptionAnonymously() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        document = JsonMapper.shared().readTree(json);
    }

    @Test
    void describesEveryMappedApiEndpoint() {
        List<String> missing = new ArrayList<>();
        int endpoints = 0;
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    endpoints++;
                    JsonNode operation = operation(pattern, method);
                    if (operation == null) {
                        missing.add(method + " " + pattern + " (" + entry.getValue() + ")");
                        continue;
                    }
                    for (var type : info.getConsumesCondition().getConsumableMediaTypes()) {
                        if (!operation.at("/requestBody/content").has(type.toString())) {
                            missing.add(method + " " + pattern + " consuming " + type + " (" + entry.getValue() + ")");
                        }
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(20);
        assertThat(missing).as("API endpoints missing from /v3/api-docs").isEmpty();
    }

    @Test
    void describesOnlyTheApi() {
        List<String> paths = new ArrayList<>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/v1/"), "is under /api/v1/");
        assertThat(document.at("/openapi").asString()).startsWith("3.");
        assertThat(document.at("/info/title").asString()).isEqualTo("Gongkai API");
        assertThat(document.at("/info/version").asString()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void publicEndpointsNeedNoTokenAndStaffEndpointsNeedBearer() {
        for (String[] open : new String[][] {
                {"GET", "/api/v1/units"}, {"GET", "/api/v1/documents"}, {"GET", "/api/v1/documents/{}"},
                {"POST", "/api/v1/disclosure-requests"}, {"GET", "/api/v1/disclosure-requests/{}"}}) {
            JsonNode operation = operation(open[1], open[0]);
            assertThat(operation).as(open[0] + " " + open[1]).isNotNull();
            assertThat(operation.has("security")).as("security of public " + open[0] + " " + open[1]).isFalse();
        }
        for (String[] staff : new String[][] {
                {"GET", "/api/v1/staff"}, {"GET", "/api/v1/identity/me"}, {"POST", "/api/v1/staff/documents"}}) {
            JsonNode operation = operation(staff[1], staff[0]);
            assertThat(operation).as(staff[0] + " " + staff[1]).isNotNull();
            assertThat(operation.at("/security/0").has("bearer")).as("bearer on " + staff[0] + " " + staff[1]).isTrue();
            assertThat(operation.at("/responses/401/$ref").asString()).isEqualTo("#/components/responses/Unauthorized");
        }
    }

    @Test
    void errorsAreDescribedAsProblemJson() {
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertThat(problem.has("code")).isTrue();
        assertThat(problem.has("field")).isTrue();
        // every stable code is listed with its status and meaning, e.g. the catalogue's and reports' refusals
        assertThat(problem.at("/code/enum").toString()).contains("VERSION_CONFLICT", "TRANSITION_NOT_ALLOWED",
                "FINDINGS_OPEN", "REPORT_ALREADY_PUBLISHED");
        assertThat(problem.at("/code/description").asString()).contains("- `FINDINGS_OPEN` (409) ",
                "- `REPORT_ALREADY_PUBLISHED` (409) ");
        assertThat(problem.at("/code/enum").toString()).as("the specific, stable codes are listed")
                .contains("\"ALREADY_DECIDED\"", "\"EXTENSION_ALREADY_USED\"", "\"DATE_BEFORE_PREVIOUS_EVENT\"");
        assertThat(document.at("/components/responses/BadRequest/content").has("application/problem+json")).isTrue();
    }

    @Test
    void servesYamlToo() throws Exception {
        mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("title: Gongkai API")));
    }

    /** The operation for a Spring pattern and method, path variables compared by position only. */
    private JsonNode operation(String pattern, String method) {
        String wanted = normalise(pattern);
        var names = new TreeSet<String>();
        document.get("paths").propertyNames().forEach(names::add);
        for (String path : names) {
            if (normalise(path).equals(wanted)) {
                JsonNode operation = document.get("paths").get(path).get(method.toLowerCase());
                if (operation != null) {
                    return operation;
                }
            }
        }
        return null;
    }

    static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}
