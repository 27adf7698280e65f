package org.gongkai.services.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Role;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.services.cases.CaseNumbers;
import org.gongkai.services.RatingChannel;
import org.gongkai.services.ServiceLevel;
import org.gongkai.services.ServiceRows;
import org.gongkai.services.ratings.RatingImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The KPI table of issue #11 proved through the historical import: a year of cases of working-day, calendar-day and
 * immediate items — early, late, suspended (the suspension moving the due date) and open ones, ratings on several
 * channels, bad ones rectified or not, a few removed by an upheld appeal — goes in through
 * {@code POST /api/v1/staff/service-cases/import} as JSON lines, together with hand-made cases on the edges of a period
 * (accepted or completed on its first or last day, due exactly on its last day, made not overdue by a suspension, open
 * and overdue at its end, rated on the day after it). Every due date is counted here, day by day, from the issue's
 * clock rules and the official calendar's working days (not by the code under test) and compared with the stored one;
 * then every numerator and denominator of {@code GET /api/v1/service-kpis} is compared with the figure computed here,
 * case by case, straight from the table's definitions; each drill-down lists exactly as many cases as the figure
 * counts.
 */
@IntegrationTest
class KpiProofIntegrationTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final String IMPORT = "/api/v1/staff/service-cases/import";
    static final String RECTIFICATIONS = "/api/v1/staff/service-rectifications";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseNumbers codes;
    @Autowired
    RatingImport ratingImport;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ObjectMapper json;

    ConsoleFixtures.TestUnit unit;
    List<ServiceRows.Item> items;
    KpiProofYear year;
    List<KpiProofYear.Case> cases = new ArrayList<>();
    Map<KpiProofYear.Case, String> numbers = new java.util.IdentityHashMap<>();

    @BeforeEach
    void aYearOfCasesImported() throws Exception {
        unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "市场监管局");
        ConsoleFixtures.TestUnit other = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "交通局");
        items = List.of(ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1),
                ServiceRows.item(jdbc, unit.id(), "PROMISED", 30, 10, "CALENDAR_DAYS", 0),
                ServiceRows.item(jdbc, unit.id(), "IMMEDIATE", 5, 0, "WORKING_DAYS", 0),
                ServiceRows.item(jdbc, unit.id(), "PROMISED", 10, 10, "WORKING_DAYS", 2));
        year = new KpiProofYear(calendar, items, TODAY);
        Random random = new Random(20260615L);
        List<KpiProofYear.Case> mine = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            mine.add(year.generate(random, items.get(random.nextInt(items.size()))));
        }
        mine.addAll(year.edges());
        ServiceRows.Item noise = ServiceRows.item(jdbc, other.id(), "PROMISED", 20, 5, "WORKING_DAYS", 0);
        List<KpiProofYear.Case> theirs = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            theirs.add(year.generate(random, noise));
        }
        importLines(mine, unit);
        importLines(theirs, other);
        cases.addAll(mine);
        cases.addAll(theirs);
        removeByAppeal();
    }

    /** The cases as JSON lines through the import API, as a service officer of {@code owner}; numbers kept. */
    private void importLines(List<KpiProofYear.Case> list, ConsoleFixtures.TestUnit owner) throws Exception {
        StringBuilder body = new StringBuilder();
        for (KpiProofYear.Case c : list) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("itemCode", c.item().code());
            line.put("channel", "WINDOW");
            line.put("unitCode", owner.code());
            line.put("acceptedOn", c.acceptedOn().toString());
            line.put("events", c.suspension() == null ? List.of() : List.of(
                    Map.of("type", "SUSPENDED", "on", c.suspension().start().toString()),
                    Map.of("type", "RESUMED", "on", c.suspension().end().toString())));
            if (c.completedOn() != null) {
                line.put("completedOn", c.completedOn().toString());
            }
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (KpiProofYear.Rating r : c.ratings()) {
                Map<String, Object> rating = new LinkedHashMap<>();
                rating.put("level", r.level());
                rating.put("channel", r.channel().name());
                rating.put("on", r.on().toString());
                if (r.closedOn() != null) {
                    rating.put("rectificationClosedOn", r.closedOn().toString());
                }
                ratings.add(rating);
            }
            line.put("ratings", ratings);
            body.append(json.writeValueAsString(line)).append('\n');
        }
        String reply = mvc.perform(post(IMPORT).with(TestActors.as(Role.SERVICE_OFFICER, owner.id()))
                        .contentType("application/x-ndjson").content(body.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode numbersNode = json.readTree(reply).get("caseNumbers");
        assertThat(numbersNode.size()).isEqualTo(list.size());
        for (int k = 0; k < list.size(); k++) {
            numbers.put(list.get(k), numbersNode.get(k).asText());
        }
    }

    /** Bad ratings marked {@code removed}: appealed by the officer, the appeal upheld by a supervisor. */
    private void removeByAppeal() throws Exception {
        for (KpiProofYear.Case c : cases) {
            for (KpiProofYear.Rating r : c.ratings()) {
                if (!r.removed()) {
                    continue;
                }
                long id = jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = ? AND r.channel = ?")
                        .params(numbers.get(c), r.channel().name()).query(Long.class).single();
                long owner = c.item().unitId();
                mvc.perform(post(RECTIFICATIONS + "/" + id + "/appeal").with(TestActors.as(Role.SERVICE_OFFICER, owner))
                        .contentType("application/json").content("{\"text\":\"评价人并非申请人\"}"))
                        .andExpect(status().isOk());
                mvc.perform(post(RECTIFICATIONS + "/" + id + "/decide-appeal").with(TestActors.as(Role.SUPERVISOR, owner))
                        .contentType("application/json").content("{\"text\":\"经核实属实\",\"upheld\":true}"))
                        .andExpect(status().isOk());
            }
        }
    }

    @Test
    void everyDueDateIsTheClockRulesCount() {
        Map<String, LocalDate> stored = new java.util.HashMap<>();
        jdbc.sql("SELECT case_number, due_on FROM services_case WHERE unit_id = ?").param(unit.id())
                .query((rs, n) -> stored.put(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
        for (KpiProofYear.Case c : cases) {
            if (c.item().unitId() == unit.id()) {
                assertThat(stored.get(numbers.get(c))).as(numbers.get(c) + " " + c).isEqualTo(c.dueOn());
            }
        }
        assertThat(cases.stream().filter(c -> c.suspension() != null).count()).isGreaterThan(20);
        assertThat(cases.stream().flatMap(c -> c.ratings().stream()).filter(KpiProofYear.Rating::removed).count()).isPositive();
        assertThat(year.edges().get(3).dueOn()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void everyNumeratorAndDenominatorMatchesTheDefinitions() throws Exception {
        check(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));
        check(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        check(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-08"));
        check(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    }

    private void check(LocalDate from, LocalDate to) throws Exception {
        LocalDate asOf = to.isAfter(TODAY) ? TODAY : to;
        List<KpiProofYear.Case> mine = cases.stream().filter(c -> c.item().unitId() == unit.id()).toList();
        Predicate<LocalDate> in = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        Predicate<KpiProofYear.Case> accepted = c -> in.test(c.acceptedOn());
        Predicate<KpiProofYear.Case> completed = c -> in.test(c.completedOn());
        List<KpiProofYear.Rating> given = mine.stream().flatMap(c -> c.ratings().stream())
                .filter(r -> !r.removed() && in.test(r.on())).toList();
        Map<String, long[]> expected = new LinkedHashMap<>();
        expected.put("ACCEPTED", new long[] { count(mine, accepted), -1 });
        expected.put("COMPLETED", new long[] { count(mine, completed), -1 });
        expected.put("ON_TIME_RATE", new long[] {
            count(mine, completed.and(c -> !c.completedOn().isAfter(c.dueOn()))), count(mine, completed) });
        expected.put("OVERDUE_OPEN", new long[] { count(mine, c -> !c.acceptedOn().isAfter(asOf)
                && (c.completedOn() == null || c.completedOn().isAfter(asOf)) && c.dueOn().isBefore(asOf)), -1 });
        expected.put("PROMISE_COMPRESSION", new long[] { (20 - 5) + (30 - 10) + (10 - 10), 20 + 30 + 10 });
        expected.put("IMMEDIATE_SHARE", new long[] {
            count(mine, accepted.and(c -> c.item().kind().equals("IMMEDIATE"))), count(mine, accepted) });
        expected.put("ZERO_VISIT_SHARE", new long[] {
            count(mine, accepted.and(c -> c.item().visits() == 0)), count(mine, accepted) });
        expected.put("RATING_RATE", new long[] {
            count(mine, completed.and(c -> c.ratings().stream().anyMatch(r -> !r.removed()))), count(mine, completed) });
        expected.put("SATISFACTION_RATE", new long[] { given.stream().filter(r -> r.level() >= 4).count(), given.size() });
        expected.put("BAD_RATING_RECTIFIED_RATE", new long[] {
            given.stream().filter(r -> r.level() <= 2 && r.closedOn() != null).count(),
            given.stream().filter(r -> r.level() <= 2).count() });

        String query = "?unitCode=" + unit.code() + "&from=" + from + "&to=" + to;
        JsonNode report = read(KpiApi.PATH + query, director());
        assertThat(report.get("unitCode").asText()).isEqualTo(unit.code());
        assertThat(report.get("from").asText()).isEqualTo(from.toString());
        Map<String, long[]> actual = new LinkedHashMap<>();
        for (JsonNode i : report.get("indicators")) {
            actual.put(i.get("code").asText(), new long[] { i.get("numerator").asLong(),
                i.get("denominator").isNull() ? -1 : i.get("denominator").asLong() });
        }
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((code, e) -> {
            assertThat(actual.get(code)).as(code + " " + from + "…" + to).containsExactly(e);
        });
        if (from.plusMonths(2).isBefore(to)) {
            assertThat(expected.get("COMPLETED")[0]).as("the generated period is not trivial").isGreaterThan(20);
            assertThat(expected.get("OVERDUE_OPEN")[0] + expected.get("BAD_RATING_RECTIFIED_RATE")[1]).isPositive();
        }
        expected.put("PROMISE_COMPRESSION", new long[] { 3, 3 }); // its drill-down lists the 3 承诺件 items summed
        for (var e : expected.entrySet()) {
            assertThat(drillTotal(query, e.getKey(), "NUMERATOR")).as(e.getKey()).isEqualTo(e.getValue()[0]);
            if (e.getValue()[1] >= 0) {
                assertThat(drillTotal(query, e.getKey(), "DENOMINATOR")).as(e.getKey()).isEqualTo(e.getValue()[1]);
            }
        }
        JsonNode timeUsed = report.get("distributions").get(0);
        long total = 0;
        for (JsonNode b : timeUsed.get("buckets")) {
            total += b.get("count").asLong();
        }
        assertThat(total).isEqualTo(expected.get("COMPLETED")[0]);
    }

    @Test
    void flagsAllTopRatingsLastHourCompletionsAndUncompressedPromises() throws Exception {
        ConsoleFixtures.TestUnit flagged = ConsoleFixtures.newUnit(jdbc, "TOWNSHIP_GOVERNMENT", "城关镇");
        ServiceRows.Item item = ServiceRows.item(jdbc, flagged.id(), "PROMISED", 10, 10, "WORKING_DAYS", 1);
        long station = ServiceRows.station(jdbc, flagged.id(), ServiceLevel.TOWNSHIP);
        ServiceRows.offer(jdbc, item, ServiceLevel.TOWNSHIP, flagged.id(), station);
        LocalDate day = LocalDate.parse("2026-03-10");
        for (int n = 0; n < 20; n++) {
            Instant at = day.atTime(LocalTime.of(16, 30)).atZone(TimeConfiguration.ZONE).toInstant();
            long[] row = ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, station, "COMPLETED",
                    day.minusDays(14), day, day, n < 8 ? at : at.minusSeconds(6 * 3600), null), "QC1");
            ratingImport.insert(row[0], flagged.id(), day.minusDays(14),
                    List.of(new RatingImport.ImportedRating(5, RatingChannel.WINDOW, day, null)));
        }
        String query = "?unitCode=" + flagged.code() + "&from=2026-01-01&to=2026-03-31";
        JsonNode report = read(KpiApi.PATH + query + "&level=TOWNSHIP", director());
        List<String> flags = new ArrayList<>();
        report.get("flags").forEach(f -> flags.add(f.get("code").asText() + ":" + f.get("count").asLong()));
        assertThat(flags).containsExactlyInAnyOrder("ALL_TOP_RATINGS:20", "LAST_HOUR_COMPLETIONS:8",
                "PROMISE_EQUALS_STATUTORY:1");
        assertThat(drillTotal(query, "LAST_HOUR_COMPLETIONS", "NUMERATOR")).isEqualTo(8);
        // five imported cases completed on their due day: a day without a time, so not in the last-hour base
        List<KpiProofYear.Case> imported = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            imported.add(new KpiProofYear.Case(item, day.minusDays(14), null, day, day, List.of()));
        }
        importLines(imported, flagged);
        JsonNode all = read(KpiApi.PATH + query, director());
        assertThat(all.get("indicators").get(1).get("numerator").asLong()).isEqualTo(25);
        JsonNode lastHour = null;
        for (JsonNode f : all.get("flags")) {
            lastHour = "LAST_HOUR_COMPLETIONS".equals(f.get("code").asText()) ? f : lastHour;
        }
        assertThat(lastHour.get("count").asLong()).isEqualTo(8);
        assertThat(lastHour.get("base").asLong()).isEqualTo(20);
        assertThat(read(KpiApi.PATH + query + "&level=VILLAGE", director()).get("indicators").get(1)
                .get("numerator").asLong()).isZero();
    }

    @Test
    void anOfficerReadsOnlyItsOwnUnits() throws Exception {
        String query = "?unitCode=" + unit.code() + "&from=2026-01-01&to=2026-03-31";
        ConsoleFixtures.TestUnit elsewhere = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "水利局");
        mvc.perform(get(KpiApi.PATH + query).with(TestActors.as(Role.SERVICE_OFFICER, elsewhere.id())))
                .andExpect(status().isNotFound());
        mvc.perform(get(KpiApi.PATH + "/cases" + query + "&indicator=ACCEPTED")
                .with(TestActors.as(Role.SERVICE_OFFICER, elsewhere.id()))).andExpect(status().isNotFound());
        JsonNode own = read(KpiApi.PATH + "?from=2026-01-01&to=2026-03-31",
                TestActors.as(Role.SERVICE_OFFICER, unit.id()));
        assertThat(own.get("indicators").get(0).get("numerator").asLong())
                .isEqualTo(cases.stream().filter(c -> c.item().unitId() == unit.id() && c.acceptedOn() != null
                        && !c.acceptedOn().isBefore(LocalDate.parse("2026-01-01"))
                        && !c.acceptedOn().isAfter(LocalDate.parse("2026-03-31"))).count());
        mvc.perform(get(KpiApi.PATH + query).with(TestActors.as(Role.EDITOR, unit.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get(KpiApi.PATH + "?from=2026-13-01").with(director())).andExpect(status().isBadRequest());
        mvc.perform(get(KpiApi.PATH + "?from=2026-03-01&to=2026-01-01").with(director()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(KpiApi.PATH + "?from=2020-01-01&to=2026-01-01").with(director()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(KpiApi.PATH + "?unitCode=" + "9".repeat(5000)).with(director()))
                .andExpect(status().isNotFound());
        mvc.perform(get(KpiApi.PATH + "/cases" + query + "&indicator=NOPE").with(director()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(KpiApi.PATH + "/cases" + query + "&indicator=ACCEPTED&part=DENOMINATOR").with(director()))
                .andExpect(status().isBadRequest());
    }

    private RequestPostProcessor director() {
        return TestActors.as(Role.SERVICE_DIRECTOR, unit.id());
    }

    private long drillTotal(String query, String indicator, String part) throws Exception {
        return read(KpiApi.PATH + "/cases" + query + "&indicator=" + indicator + "&part=" + part + "&size=5",
                director()).get("total").asLong();
    }

    private JsonNode read(String url, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private static long count(List<KpiProofYear.Case> cases, Predicate<KpiProofYear.Case> p) {
        return cases.stream().filter(p).count();
    }
}
