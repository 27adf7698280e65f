package org.gongkai.services.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
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
 * The KPI table of issue #11 proved: a year of generated cases (working-day, calendar-day and immediate items, early,
 * late and open cases, ratings on several channels, bad ones rectified or not, some removed by appeal) is loaded, and
 * every numerator and denominator of {@code GET /api/v1/service-kpis} is compared with the figure computed here,
 * case by case, straight from the definitions; each drill-down lists exactly as many cases as the figure counts.
 */
@IntegrationTest
class KpiProofIntegrationTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");

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

    record Rating(int level, RatingChannel channel, LocalDate on, LocalDate closedOn, boolean removed) {}

    record Case(ServiceRows.Item item, LocalDate acceptedOn, LocalDate dueOn, LocalDate completedOn,
            List<Rating> ratings) {}

    ConsoleFixtures.TestUnit unit;
    List<ServiceRows.Item> items;
    List<Case> cases = new ArrayList<>();

    @BeforeEach
    void aYearOfCases() {
        unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "市场监管局");
        ConsoleFixtures.TestUnit other = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "交通局");
        items = List.of(ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1),
                ServiceRows.item(jdbc, unit.id(), "PROMISED", 30, 10, "CALENDAR_DAYS", 0),
                ServiceRows.item(jdbc, unit.id(), "IMMEDIATE", 5, 0, "WORKING_DAYS", 0),
                ServiceRows.item(jdbc, unit.id(), "PROMISED", 10, 10, "WORKING_DAYS", 2));
        Random random = new Random(20260615L);
        for (int n = 0; n < 400; n++) {
            cases.add(generate(random, items.get(random.nextInt(items.size()))));
        }
        ServiceRows.Item noise = ServiceRows.item(jdbc, other.id(), "PROMISED", 20, 5, "WORKING_DAYS", 0);
        for (int n = 0; n < 30; n++) {
            cases.add(generate(random, noise));
        }
        cases.forEach(this::load);
    }

    private Case generate(Random random, ServiceRows.Item item) {
        LocalDate accepted = LocalDate.parse("2025-05-01").plusDays(random.nextInt(410));
        while (!calendar.isWorkingDay(accepted)) {
            accepted = accepted.plusDays(1);
        }
        LocalDate due = due(item, accepted, item.promisedDays());
        LocalDate completed = null;
        if (random.nextInt(10) < 8) {
            int used = item.promisedDays() == 0 ? (random.nextInt(6) == 0 ? 1 : 0)
                    : random.nextInt(item.promisedDays() * 16 / 10 + 1);
            completed = due(item, accepted, used);
            if (completed.isAfter(TODAY)) {
                completed = null;
            }
        }
        List<Rating> ratings = new ArrayList<>();
        if (completed != null && random.nextInt(10) < 7) {
            for (RatingChannel channel : List.of(RatingChannel.WINDOW, RatingChannel.ONLINE, RatingChannel.SMS)) {
                if (ratings.isEmpty() || random.nextInt(4) == 0) {
                    LocalDate on = completed.plusDays(random.nextInt(4));
                    if (on.isAfter(TODAY)) {
                        continue;
                    }
                    int level = 1 + random.nextInt(5);
                    LocalDate closed = level <= 2 && random.nextBoolean() ? on.plusDays(random.nextInt(5)) : null;
                    if (closed != null && closed.isAfter(TODAY)) {
                        closed = TODAY;
                    }
                    ratings.add(new Rating(level, channel, on, closed, level <= 2 && random.nextInt(5) == 0));
                }
            }
        }
        return new Case(item, accepted, due, completed, ratings);
    }

    /** The due date by the clock rules: the day of acceptance not counted, working or calendar days. */
    private LocalDate due(ServiceRows.Item item, LocalDate accepted, int days) {
        return "CALENDAR_DAYS".equals(item.clockUnit()) ? accepted.plusDays(days)
                : calendar.addWorkingDays(accepted, days).date();
    }

    private void load(Case c) {
        long[] row = ServiceRows.insert(jdbc, codes, new ServiceRows.Case(c.item(), null,
                c.completedOn() == null ? "ACCEPTED" : "COMPLETED", c.acceptedOn(), c.dueOn(), c.completedOn(), null,
                null), "QC1");
        ratingImport.insert(row[0], c.item().unitId(), c.acceptedOn(), c.ratings().stream()
                .map(r -> new RatingImport.ImportedRating(r.level(), r.channel(), r.on(), r.closedOn())).toList());
        for (Rating r : c.ratings()) {
            if (r.removed()) {
                jdbc.sql("UPDATE services_rating SET removed = TRUE WHERE case_id = ? AND channel = ?")
                        .params(row[0], r.channel().name()).update();
                jdbc.sql("UPDATE services_rectification SET status = 'REMOVED', closed_on = NULL WHERE rating_id = "
                        + "(SELECT id FROM services_rating WHERE case_id = ? AND channel = ?)")
                        .params(row[0], r.channel().name()).update();
            }
        }
    }

    @Test
    void everyNumeratorAndDenominatorMatchesTheDefinitions() throws Exception {
        check(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"));
        check(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
        check(LocalDate.parse("2025-10-01"), LocalDate.parse("2025-10-08"));
    }

    private void check(LocalDate from, LocalDate to) throws Exception {
        LocalDate asOf = to.isAfter(TODAY) ? TODAY : to;
        List<Case> mine = cases.stream().filter(c -> c.item().unitId() == unit.id()).toList();
        Predicate<LocalDate> in = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        Predicate<Case> accepted = c -> in.test(c.acceptedOn());
        Predicate<Case> completed = c -> in.test(c.completedOn());
        List<Rating> given = mine.stream().flatMap(c -> c.ratings().stream())
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

    private static long count(List<Case> cases, Predicate<Case> p) {
        return cases.stream().filter(p).count();
    }
}
