package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.gongkai.audit.RefusalLog.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Refusals are aggregated per (minute, actor, source, path, kind, reason) into one chained REFUSED record with a
 * count: a flood cannot fill the log. A fresh in-memory H2 and a pinned clock, no Spring.
 */
class RefusalAggregationTest {

    HikariDataSource dataSource;
    JdbcClient jdbc;
    AuditChainTest.MutableClock clock;
    AuditService audit;
    RefusalAggregator refusals;

    @BeforeEach
    void setUp() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:mem:refusals-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        clock = new AuditChainTest.MutableClock(Instant.parse("2026-01-10T02:00:05Z"));
        AuditService.SourceAddress origin = new AuditService.SourceAddress() {
            @Override
            public String current() {
                return "198.51.100.7";
            }

            @Override
            public String path() {
                return "GET /console/audit";
            }
        };
        audit = new AuditService(jdbc, new DataSourceTransactionManager(dataSource), clock, new AuditProperties(185), origin);
        refusals = new RefusalAggregator(audit, origin, clock);
    }

    @AfterEach
    void tearDown() {
        dataSource.close();
    }

    List<String> refusedDetails() {
        return jdbc.sql("SELECT detail FROM audit_record WHERE outcome = 'REFUSED' ORDER BY seq").query(String.class).list();
    }

    @Test
    void twoHundredIdenticalRefusalsInAMinuteMakeOneRecordWithCount200() {
        for (int i = 0; i < 200; i++) {
            refusals.refused(Refusal.of("ACCESS_DENIED", "no access rule grants it"));
            clock.advance(Duration.ofMillis(200));
        }
        refusals.flush();
        assertThat(refusedDetails()).singleElement().asString()
                .startsWith("count=200;").contains("path=GET /console/audit").contains("reason=no access rule grants it");
        AuditRecord record = audit.search(new AuditFilter(null, null, null, null, null, AuditLog.Outcome.REFUSED), 0, 10)
                .items().get(0);
        assertThat(record.action()).isEqualTo("ACCESS_DENIED");
        assertThat(record.actor()).isEqualTo("anonymous");
        assertThat(record.sourceAddress()).isEqualTo("198.51.100.7");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void eachSourcePathReasonAndMinuteIsItsOwnRecord() {
        refusals.refused(Refusal.of("ACCESS_DENIED", "x"));
        refusals.refused(Refusal.of("ACCESS_DENIED", "x").from("203.0.113.1", "GET /console/audit"));
        refusals.refused(Refusal.of("ACCESS_DENIED", "x").from("198.51.100.7", "GET /console/other"));
        refusals.refused(Refusal.of("CSRF_REJECTED", "x"));
        refusals.refused(Refusal.of("ACCESS_DENIED", "x").by("someone"));
        clock.advance(Duration.ofMinutes(1));
        refusals.refused(Refusal.of("ACCESS_DENIED", "x"));
        refusals.flush();
        assertThat(refusedDetails()).hasSize(6).allMatch(d -> d.startsWith("count=1;"));
    }

    @Test
    void theScheduledFlushWritesOnlyMinutesThatAreOver() {
        refusals.refused(Refusal.of("RATE_LIMITED", "x"));
        refusals.refused(Refusal.of("RATE_LIMITED", "x"));
        refusals.flushCompletedMinutes();
        assertThat(refusedDetails()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        refusals.refused(Refusal.of("RATE_LIMITED", "x"));
        refusals.flushCompletedMinutes();
        assertThat(refusedDetails()).singleElement().asString().startsWith("count=2;");
    }

    @Test
    void aFloodOfDistinctRefusalsIsFoldedIntoOneOverflowRecord() {
        for (int i = 0; i < RefusalAggregator.MAX_KEYS + 500; i++) {
            refusals.refused(Refusal.of("ACCESS_DENIED", "x").from("198.51.100.7", "GET /console/p" + i));
        }
        refusals.flush();
        long records = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE outcome = 'REFUSED'").query(Long.class).single();
        assertThat(records).isEqualTo(RefusalAggregator.MAX_KEYS + 1);
        assertThat(refusedDetails()).anyMatch(d -> d.startsWith("count=500;") && d.contains("overflow"));
    }

    @Test
    void theObjectOfAnOutOfScopeRefusalIsRecorded() {
        refusals.refused(Refusal.of("OUT_OF_SCOPE", "record outside the data scope").on("Document", "42"));
        refusals.flush();
        AuditRecord r = audit.search(AuditFilter.none(), 0, 1).items().get(0);
        assertThat(r.objectType()).isEqualTo("Document");
        assertThat(r.objectId()).isEqualTo("42");
        assertThat(r.outcome()).isEqualTo(AuditLog.Outcome.REFUSED);
    }
}
