package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.IntegrationTest;
import org.gongkai.catalogue.CatalogueStatistics.NormativeCounts;
import org.gongkai.catalogue.CatalogueStatistics.NormativeKind;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Table 二's catalogue counts follow imports, publication dates and repeals (measured as differences: the
 * database is shared with the demo and other tests). */
@IntegrationTest
class CatalogueStatisticsTest {

    @Autowired MockMvc mvc;
    @Autowired CatalogueStatistics statistics;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void countsIssuedRepealedAndInForceRulesAndNormativeDocumentsPerYear() throws Exception {
        long unit = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        int year = LocalDate.now(clock).getYear();
        String tag = CatalogueFixtures.unique("统计");
        NormativeCounts normativeBefore = statistics.count(unit, year, NormativeKind.NORMATIVE_DOCUMENT);
        NormativeCounts lastYearBefore = statistics.count(unit, year - 1, NormativeKind.NORMATIVE_DOCUMENT);
        NormativeCounts rulesBefore = statistics.count(unit, year, NormativeKind.RULE);

        String lines = line(tag + "甲", "行政规范性文件", year + "-01-10") + "\n"
                + line(tag + "乙", "行政规范性文件", year + "-02-10") + "\n"
                + line(tag + "丙", "行政规范性文件", (year - 1) + "-05-01") + "\n"
                + line(tag + "丁", "规章", year + "-03-01") + "\n"
                + line(tag + "戊", "其他主动公开信息", year + "-03-01") + "\n";
        mvc.perform(post("/api/v1/staff/documents/import").contentType("application/x-ndjson")
                        .content(lines.getBytes(StandardCharsets.UTF_8))
                        .with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(5));
        long lastYearsDocument = jdbc.sql("SELECT id FROM catalogue_document WHERE title = ?").param(tag + "丙")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/staff/documents/" + lastYearsDocument + "/repeal")
                        .contentType("application/json").content("{\"note\": \"统计测试\"}")
                        .with(CatalogueFixtures.allRoles(unit)))
                .andExpect(status().isOk());

        NormativeCounts normative = statistics.count(unit, year, NormativeKind.NORMATIVE_DOCUMENT);
        assertThat(normative.issued() - normativeBefore.issued()).isEqualTo(2);
        assertThat(normative.repealed() - normativeBefore.repealed()).isEqualTo(1);
        assertThat(normative.inForce() - normativeBefore.inForce()).isEqualTo(2);

        NormativeCounts lastYear = statistics.count(unit, year - 1, NormativeKind.NORMATIVE_DOCUMENT);
        assertThat(lastYear.issued() - lastYearBefore.issued()).isEqualTo(1);
        assertThat(lastYear.repealed() - lastYearBefore.repealed()).isZero();
        assertThat(lastYear.inForce() - lastYearBefore.inForce()).as("repealed only this year").isEqualTo(1);

        NormativeCounts rules = statistics.count(unit, year, NormativeKind.RULE);
        assertThat(rules.issued() - rulesBefore.issued()).isEqualTo(1);
        assertThat(rules.inForce() - rulesBefore.inForce()).isEqualTo(1);
    }

    private static String line(String title, String category, String publishedOn) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"writtenOn\": \"%s\", \"publishedOn\": \"%s\","
                + " \"topic\": \"财政、金融、审计\\\\财政\", \"category\": \"%s\", \"validity\": \"有效\","
                + " \"body\": \"统计测试正文\"}")
                .formatted(title, CatalogueFixtures.FINANCE, publishedOn, publishedOn, category);
    }
}
