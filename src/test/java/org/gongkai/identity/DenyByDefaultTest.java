package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/** Deny by default: every mapped endpoint has an explicit access rule; everything else is refused. */
@IntegrationTest
class DenyByDefaultTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired List<AccessRules> modules;
    @Autowired MockMvc mvc;
    @Autowired PathMappedEndpoints actuatorEndpoints;

    @Test
    void everyMappedEndpointIsCoveredByAnAccessRule() {
        List<AccessRule> rules = modules.stream().flatMap(m -> m.rules().stream()).toList();
        List<String> uncovered = new ArrayList<>();
        int endpoints = 0;
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? java.util.Collections.<String>singletonList(null) : methods) {
                    endpoints++;
                    if (rules.stream().noneMatch(rule -> covers(rule, pattern, method))) {
                        uncovered.add((method == null ? "ANY" : method) + " " + pattern + " (" + entry.getValue() + ")");
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(10);
        assertThat(uncovered).as("endpoints without an access rule").isEmpty();
    }

    static boolean covers(AccessRule rule, String pattern, String method) {
        boolean pathMatches = PathPatternParser.defaultInstance.parse(rule.pattern())
                .matches(PathContainer.parsePath(pattern));
        boolean methodMatches = rule.method() == null || (method != null && rule.method().name().equals(method));
        return pathMatches && methodMatches;
    }

    @Test
    void unmappedConsolePathIsDenied() throws Exception {
        mvc.perform(get("/console/no-such-page")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/console/no-such-page").with(everyRole())).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(everyRole())).andExpect(status().isForbidden());
    }

    @Test
    void unmappedApiPathIsDenied() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(post("/api/v1/no-such-thing").with(everyRole())).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void healthIsPublicAndNoOtherActuatorEndpointIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        assertThat(actuatorEndpoints.getAllPaths()).containsExactly("/actuator/health");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor everyRole() {
        return TestActors.as(-1, "all-roles", Map.of(1L, (Set<Role>) EnumSet.allOf(Role.class)));
    }
}
