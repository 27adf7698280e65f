package org.gongkai.trading.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.BUYER;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OCDS bulk download (issue #14): a year's release package valid against the OCDS 1.1.5 release-package schema
 * (copied into the tests; the release schema's absolute URL is mapped to the local copy), with the ocid prefix,
 * parties identified by credit code, award and contract values in 元.
 */
@IntegrationTest
class OcdsReleasePackageIntegrationTest {

    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaIdResolvers(r -> r.mapPrefix("https://standard.open-contracting.org/schema/1__1__5/",
                    "classpath:ocds/")));

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    @Test
    @SuppressWarnings("unchecked")
    void aYearsPackageIsValidOcds() throws Exception {
        var officer = TestActors.as(Role.TRADING_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
        importLines(mvc, officer, "projects", List.of(
                projectLine("OCDS-1", "WORKS", 123_456_789L, List.of(company(51), company(52)), null, 120_000_000L,
                        null, "2018-05-06").replace("}", ",\"winnerCode\":\"" + company(52) + "\"}"),
                projectLine("OCDS-2", "LAND_MINING", 500_000_000L, List.of(company(53)), null, 530_000_001L,
                        480_000_000L, "2018-09-30"),
                projectLine("OCDS-3", "PROCUREMENT", 9_900L, List.of(), null, 9_000L, null, "2019-01-01")))
                .andExpect(status().isOk());

        String body = mvc.perform(get("/api/v1/trading/ocds/release-package?year=2018")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Schema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:ocds/release-package-schema.json"));
        assertThat(schema.validate(body, com.networknt.schema.InputFormat.JSON)).as(body).isEmpty();

        Map<String, Object> pkg = json(mvc.perform(get("/api/v1/trading/ocds/release-package?year=2018")));
        List<Map<String, Object>> releases = (List<Map<String, Object>>) pkg.get("releases");
        assertThat(releases).extracting(r -> r.get("ocid")).containsExactly("ocds-gk0000-OCDS-1", "ocds-gk0000-OCDS-2");
        Map<String, Object> works = releases.get(0);
        assertThat((List<Map<String, Object>>) works.get("parties")).anySatisfy(p -> {
            assertThat(p).containsEntry("id", "CN-USCC-" + BUYER).containsEntry("name", "示例县人民政府办公室");
            assertThat((Map<String, Object>) p.get("identifier")).containsEntry("scheme", "CN-USCC")
                    .containsEntry("id", BUYER);
            assertThat((List<String>) p.get("roles")).contains("buyer");
        }).anySatisfy(p -> assertThat((List<String>) p.get("roles")).containsExactly("tenderer", "supplier"));
        Map<String, Object> award = ((List<Map<String, Object>>) works.get("awards")).get(0);
        assertThat((Map<String, Object>) award.get("value")).containsEntry("currency", "CNY");
        assertThat(((Number) ((Map<String, Object>) award.get("value")).get("amount")).doubleValue())
                .isEqualTo(1_200_000.00); // 120,000,000 fen
        Map<String, Object> contract = ((List<Map<String, Object>>) works.get("contracts")).get(0);
        assertThat(contract).containsEntry("awardID", "OCDS-1-award");

        mvc.perform(get("/api/v1/trading/ocds/release-package?year=99999")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/trading/ocds/release-package?year=1999")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/trading/ocds/release-package")).andExpect(status().isBadRequest());
    }
}
