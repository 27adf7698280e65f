package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's year of tickets: the same lines for the same day (a fixed seed), every line accepted by the historical
 * import, and a mix the dashboard can show (open and closed, returned, late, called back, hot topics). Imported in a
 * transaction that is rolled back, so that other tests' periods stay as they are.
 */
@IntegrationTest
class DemoHotlineTicketsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    DemoHotlineTickets demo;
    @Autowired
    HotlineImport importer;
    @Autowired
    HotlineKpis kpis;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aDeterministicYearThatTheImportTakesWhole() {
        List<HotlineImport.Line> lines = demo.generate(TODAY, 400);
        assertThat(demo.generate(TODAY, 400)).isEqualTo(lines);
        assertThat(lines).hasSize(400);
        assertThat(lines.get(0).receivedAt()).isBefore(TODAY.minusDays(364).atStartOfDay(
                org.gongkai.common.TimeConfiguration.ZONE).toInstant());
        Map<String, Long> topics = lines.stream().collect(Collectors.groupingBy(HotlineImport.Line::topic,
                Collectors.counting()));
        assertThat(topics.size()).isGreaterThan(5);

        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            List<String> numbers = importer.importAll(lines);
            assertThat(numbers).hasSize(400).doesNotHaveDuplicates();
            Map<String, Long> byStatus = jdbc.sql("SELECT status, COUNT(*) FROM hotline_ticket WHERE ticket_number "
                    + "IN (:n) GROUP BY status").param("n", numbers).query((rs, i) -> Map.entry(rs.getString(1),
                    rs.getLong(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(byStatus).containsKeys("CALLED_BACK", "CLOSED", "ACCEPTED");
            List<HotlineKpis.Indicator> year = kpis.compute(null, TODAY.minusDays(365), TODAY);
            assertThat(year).allSatisfy(i -> assertThat(i.denominator() == null || i.denominator() > 0).isTrue());
            assertThat(year).filteredOn(i -> i.code().equals("RETURN_RATE")).singleElement()
                    .satisfies(i -> assertThat(i.numerator()).isPositive());
            assertThat(year).filteredOn(i -> i.code().equals("CLOSED_ON_TIME_RATE")).singleElement()
                    .satisfies(i -> assertThat(i.numerator()).isLessThan(i.denominator()));
            status.setRollbackOnly();
        });
    }
}
