package org.gongkai.trading.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.BUYER;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.SUPERVISOR;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The statistics by month and by unit, and the XLSX workbook read back with POI, proved over an imported year (issue
 * #14): the expected sums are computed here from the lines written, never by the code under test. The year 2016 is
 * used by no other test.
 */
@IntegrationTest
class TradingStatisticsIntegrationTest {

    static final String[] TYPES = {"WORKS", "PROCUREMENT", "LAND_MINING", "STATE_ASSETS"};
    static final String OTHER_BUYER = company(8800); // not a unit of the county

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    RequestPostProcessor officer;

    /** expected[key][type] = {projects, budget, deal, reserve}, keyed by month and by buyer. */
    final Map<String, long[][]> byMonth = new LinkedHashMap<>();
    final Map<String, long[][]> byBuyer = new LinkedHashMap<>();

    @BeforeEach
    void importAYear() throws Exception {
        officer = TestActors.as(Role.TRADING_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
        Random random = new Random(1418);
        String[] buyers = {BUYER, SUPERVISOR, OTHER_BUYER};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            int t = i % 4;
            String buyer = buyers[i % 3];
            long budget = 2_000_000L + random.nextInt(50_000_000);
            long deal = budget - random.nextInt(1_500_000) + (t >= 2 ? 2_000_000 : 0);
            long reserve = budget - 300_000;
            int month = 1 + (i * 7) % 11; // December stays empty
            String day = "2016-%02d-%02d".formatted(month, 1 + i % 28);
            lines.add(projectLine("MSTAT-" + i, TYPES[t], budget, List.of(company(8000 + i)), null, deal,
                    t >= 2 ? reserve : null, day).replace("\"buyerCode\":\"" + BUYER + "\"",
                    "\"buyerCode\":\"" + buyer + "\""));
            for (long[][] sums : List.of(byMonth.computeIfAbsent("2016-%02d".formatted(month), k -> new long[4][4]),
                    byBuyer.computeIfAbsent(buyer, k -> new long[4][4]))) {
                sums[t][0]++;
                sums[t][1] += budget;
                sums[t][2] += deal;
                sums[t][3] += t >= 2 ? reserve : 0;
            }
        }
        importLines(mvc, officer, "projects", lines).andExpect(status().isOk());
    }

    @Test
    @SuppressWarnings("unchecked")
    void byMonthAndByUnitOverAnImportedYear() throws Exception {
        Map<String, Object> months = json(mvc.perform(get("/api/v1/trading/statistics/months?from=2016-01-01&to=2016-12-31"))
                .andExpect(status().isOk()));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) months.get("months");
        assertThat(rows).extracting(r -> r.get("month")).hasSize(12).startsWith("2016-01").endsWith("2016-12");
        for (Map<String, Object> row : rows) {
            long[][] expected = byMonth.getOrDefault((String) row.get("month"), new long[4][4]);
            assertFigures((List<Map<String, Object>>) row.get("types"), expected, (String) row.get("month"));
        }

        Map<String, Object> unitsJson = json(mvc.perform(get("/api/v1/trading/statistics/units?from=2016-01-01&to=2016-12-31"))
                .andExpect(status().isOk()));
        List<Map<String, Object>> unitRows = (List<Map<String, Object>>) unitsJson.get("units");
        assertThat(unitRows).extracting(r -> r.get("buyerCode")).containsExactlyInAnyOrderElementsOf(byBuyer.keySet());
        for (Map<String, Object> row : unitRows) {
            String code = (String) row.get("buyerCode");
            assertFigures((List<Map<String, Object>>) row.get("types"), byBuyer.get(code), code);
            assertThat(row.get("name")).isEqualTo(units.findByCreditCode(code).map(UnitDirectory.UnitView::name)
                    .orElse(null));
        }
        assertThat(unitRows.stream().filter(r -> OTHER_BUYER.equals(r.get("buyerCode"))).findFirst().orElseThrow()
                .get("name")).isNull();
        long[] deals = unitRows.stream().mapToLong(r -> ((List<Map<String, Object>>) r.get("types")).stream()
                .mapToLong(t -> ((Number) t.get("dealFen")).longValue()).sum()).toArray();
        for (int i = 1; i < deals.length; i++) {
            assertThat(deals[i]).as("largest deal sum first").isLessThanOrEqualTo(deals[i - 1]);
        }
    }

    @Test
    void theWorkbookHasTheSameFigures() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/trading/statistics.xlsx?from=2016-01-01&to=2016-12-31"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("按类型");
            assertThat(book.getSheetName(1)).isEqualTo("按月份");
            assertThat(book.getSheetName(2)).isEqualTo("按单位");
            long[][] total = new long[4][4];
            byMonth.values().forEach(m -> {
                for (int t = 0; t < 4; t++) {
                    for (int f = 0; f < 4; f++) {
                        total[t][f] += m[t][f];
                    }
                }
            });
            Sheet types = book.getSheet("按类型");
            assertThat(types.getRow(1).getCell(0).getStringCellValue()).isEqualTo("类型");
            for (int t = 0; t < 4; t++) {
                assertRow(types.getRow(2 + t), 0, total[t], t);
            }
            Sheet months = book.getSheet("按月份");
            assertThat(months.getLastRowNum()).isEqualTo(1 + 12 * 4);
            for (int r = 2; r <= months.getLastRowNum(); r++) {
                Row row = months.getRow(r);
                long[][] expected = byMonth.getOrDefault(row.getCell(0).getStringCellValue(), new long[4][4]);
                assertRow(row, 1, expected[(r - 2) % 4], (r - 2) % 4);
            }
            Sheet unitsSheet = book.getSheet("按单位");
            assertThat(unitsSheet.getLastRowNum()).isEqualTo(1 + byBuyer.size() * 4);
            for (int r = 2; r <= unitsSheet.getLastRowNum(); r++) {
                Row row = unitsSheet.getRow(r);
                assertRow(row, 2, byBuyer.get(row.getCell(0).getStringCellValue())[(r - 2) % 4], (r - 2) % 4);
            }
        }
    }

    @Test
    void thePortalPageShowsChartsAndTablesAndRefusesBadPeriods() throws Exception {
        String html = mvc.perform(get("/trading/statistics?from=2016-01-01&to=2016-12-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"deal-chart-title\"", "id=\"month-chart-title\"", "id=\"unit-chart-title\"",
                "id=\"statistics-types\"", "id=\"statistics-months\"", "id=\"statistics-units\"",
                "/api/v1/trading/statistics.xlsx?from=2016-01-01&amp;to=2016-12-31", "<th scope=\"row\">2016-11</th>");
        long works = byMonth.values().stream().mapToLong(m -> m[0][0]).sum();
        assertThat(html).containsPattern("<th scope=\"row\">建设工程</th><td>" + works + "</td>");
        String refused = mvc.perform(get("/trading/statistics?from=2016-13-01")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("aria-invalid=\"true\"").doesNotContain("id=\"statistics-types\"");

        for (String path : List.of("/api/v1/trading/statistics/months", "/api/v1/trading/statistics/units",
                "/api/v1/trading/statistics.xlsx")) {
            mvc.perform(get(path + "?from=2000-01-01&to=2016-12-31")).andExpect(status().isBadRequest());
            mvc.perform(get(path + "?from=2016-06-01&to=2016-05-01")).andExpect(status().isBadRequest());
            mvc.perform(get(path + "?from=2016-02-30")).andExpect(status().isBadRequest());
        }
        // the totals by type keep taking any period, as before
        mvc.perform(get("/api/v1/trading/statistics?from=2000-01-01&to=2016-12-31")).andExpect(status().isOk());
    }

    private static void assertFigures(List<Map<String, Object>> types, long[][] expected, String where) {
        assertThat(types).extracting(r -> r.get("type")).containsExactly((Object[]) TYPES);
        for (int t = 0; t < 4; t++) {
            Map<String, Object> row = types.get(t);
            assertThat(((Number) row.get("projects")).longValue()).as(where).isEqualTo(expected[t][0]);
            assertThat(((Number) row.get("budgetFen")).longValue()).as(where).isEqualTo(expected[t][1]);
            assertThat(((Number) row.get("dealFen")).longValue()).as(where).isEqualTo(expected[t][2]);
            if (t < 2) {
                assertThat(((Number) row.get("savingsFen")).longValue()).isEqualTo(expected[t][1] - expected[t][2]);
                assertThat(row.get("addedRevenueFen")).isNull();
                if (expected[t][1] == 0) {
                    assertThat(row.get("savingsRate")).isNull();
                }
            } else {
                assertThat(((Number) row.get("addedRevenueFen")).longValue()).isEqualTo(expected[t][2] - expected[t][3]);
                assertThat(row.get("savingsFen")).isNull();
            }
        }
    }

    /** A figures row of the workbook: amounts in 元 with two decimals, the rate as a fraction. */
    private static void assertRow(Row row, int at, long[] expected, int t) {
        assertThat(row.getCell(at).getStringCellValue()).isEqualTo(
                org.gongkai.trading.ProjectType.valueOf(TYPES[t]).label());
        assertThat((long) row.getCell(at + 1).getNumericCellValue()).isEqualTo(expected[0]);
        assertThat(Math.round(row.getCell(at + 2).getNumericCellValue() * 100)).isEqualTo(expected[1]);
        assertThat(Math.round(row.getCell(at + 3).getNumericCellValue() * 100)).isEqualTo(expected[2]);
        if (t < 2) {
            assertThat(Math.round(row.getCell(at + 4).getNumericCellValue() * 100)).isEqualTo(expected[1] - expected[2]);
            if (expected[1] > 0) {
                assertThat(row.getCell(at + 5).getNumericCellValue())
                        .isCloseTo((double) (expected[1] - expected[2]) / expected[1],
                                org.assertj.core.data.Offset.offset(1e-6));
            }
            assertThat(row.getCell(at + 7)).isNull();
        } else {
            assertThat(Math.round(row.getCell(at + 7).getNumericCellValue() * 100)).isEqualTo(expected[2] - expected[3]);
            assertThat(row.getCell(at + 4)).isNull();
        }
    }
}
