package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class UnitsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisation;

    @Test
    void publishesEveryUnitAsOpenDataWithExactlyTheDocumentedFields() throws Exception {
        Unit parent = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("开放数据上级"), null));
        Unit child = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("开放数据下级"), parent.id()));

        String body = mvc.perform(get("/api/v1/units"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> units = JsonMapper.builder().build().readValue(body, new TypeReference<>() {});

        assertThat(units).allSatisfy(u -> assertThat(u.keySet())
                .containsExactlyInAnyOrder("code", "name", "shortName", "type", "parentCode", "regionCode"));
        Map<String, Object> published = units.stream().filter(u -> child.creditCode().equals(u.get("code")))
                .findFirst().orElseThrow();
        assertThat(published).containsEntry("parentCode", parent.creditCode())
                .containsEntry("type", "DEPARTMENT")
                .containsEntry("name", child.name());
        Map<String, Object> government = units.stream().filter(u -> "示例县人民政府".equals(u.get("name")))
                .findFirst().orElseThrow();
        assertThat(government).containsEntry("regionCode", "990101000000").containsEntry("shortName", "县政府");
    }
}
