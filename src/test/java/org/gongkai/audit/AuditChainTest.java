package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.gongkai.audit.AuditLog.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over a real database without Spring: a fresh in-memory H2 migrated by Flyway, or a fresh
 * schema on PostgreSQL when the build passes {@code gongkai.test.datasource-url}. Every test owns its
 * database, so it may tamper with rows freely.
 */
@Tag("integration")
class AuditChainTest {

    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private MutableClock clock;
    private AuditService audit;

    private String schema;

    @BeforeEach
    void migrateFreshDatabase() {
        dataSource = new HikariDataSource();
        String pgUrl = System.getProperty("gongkai.test.datasource-url", "");
        if (pgUrl.startsWith("jdbc:postgresql:")) {
            schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "");
            try (HikariDataSource admin = new HikariDataSource()) {
                admin.setJdbcUrl(pgUrl);
                admin.setUsername(System.getProperty("gongkai.test.datasource-username"));
                admin.setPassword(System.getProperty("gongkai.test.datasource-password"));
                JdbcClient.create(admin).sql("CREATE SCHEMA " + schema).update();
            }
            dataSource.setJdbcUrl(pgUrl);
            dataSource.setUsername(System.getProperty("gongkai.test.datasource-username"));
            dataSource.setPassword(System.getProperty("gongkai.test.datasource-password"));
            dataSource.setSchema(schema);
            // bounded waits: a write that waits for a lock its own thread holds fails here instead of hanging the build
            dataSource.setConnectionInitSql("SET lock_timeout = '15s'");
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:audit-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            dataSource.setUsername("sa");
        }
        dataSource.setMaximumPoolSize(10);
        Flyway.configure().dataSource(dataSource).schemas(schema == null ? new String[0] : new String[] {schema})
                .locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        clock = new MutableClock(Instant.parse("2026-01-10T02:00:00Z"));
        audit = new AuditService(jdbc, new DataSourceTransactionManager(dataSource), clock, new AuditProperties(185),
                () -> "198.51.100.7");
    }

    @AfterEach
    void close() {
        if (schema != null) {
            jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
        dataSource.close();
    }

    private void appendSome(int n) {
        for (int i = 0; i < n; i++) {
            audit.recordAs("tester", "THING_DONE", "Thing", "t-" + i, Outcome.SUCCESS, "第 " + i + " 次");
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void chainIsIntactAfterSeveralRecords() {
        appendSome(5);
        audit.recordAs(null, "LOGIN_FAILED", "Account", "nobody", Outcome.FAILURE, null);

        assertThat(audit.verify()).isEqualTo(new Verification(true, 6, null, null));
        List<AuditRecord> records = audit.search(AuditFilter.none(), 0, 50).items();
        assertThat(records.get(0).actor()).isEqualTo("anonymous");
        assertThat(records.get(0).sourceAddress()).isEqualTo("198.51.100.7");
        assertThat(records.get(records.size() - 1).prevHash()).isEqualTo(AuditRecord.GENESIS);
        assertThat(records.get(0).prevHash()).isEqualTo(records.get(1).hash());
    }

    @Test
    void emptyLogIsIntact() {
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void chainStaysIntactUnderConcurrentAppendsFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.recordAs("thread-" + thread, "CONCURRENT", "Thing", thread + "-" + i, Outcome.SUCCESS, null);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        Verification result = audit.verify();
        assertThat(result.intact()).as(String.valueOf(result)).isTrue();
        assertThat(result.checked()).isEqualTo(150);
    }

    @Test
    void tamperedRowIsReportedByItsSeq() {
        appendSome(6);
        jdbc.sql("UPDATE audit_record SET detail = 'changed' WHERE seq = 4").update();

        Verification result = audit.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("修改");
    }

    @Test
    void tamperedRowWithRecomputedHashBreaksTheNextLink() {
        appendSome(6);
        jdbc.sql("UPDATE audit_record SET actor = 'someone-else' WHERE seq = 3").update();
        AuditRecord forged = audit.search(AuditFilter.none(), 0, 50).items().stream()
                .filter(r -> r.seq() == 3).findFirst().orElseThrow();
        jdbc.sql("UPDATE audit_record SET hash = ? WHERE seq = 3").param(forged.expectedHash()).update();

        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(4L);
    }

    @Test
    void verificationReadsInPagesAcrossTheWholeChain() {
        audit.verifyBatch = 4;
        appendSome(10);
        assertThat(audit.verify()).isEqualTo(new Verification(true, 10, null, null));

        jdbc.sql("UPDATE audit_record SET object_id = 'x' WHERE seq = 9").update();
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(9L);
    }

    @Test
    void lastRowRewrittenWithARecomputedHashIsDetected() {
        appendSome(3);
        jdbc.sql("UPDATE audit_record SET detail = 'forged' WHERE seq = 3").update();
        AuditRecord forged = audit.search(AuditFilter.none(), 0, 1).items().get(0);
        jdbc.sql("UPDATE audit_record SET hash = ? WHERE seq = 3").param(forged.expectedHash()).update();

        Verification result = audit.verify();

        assertThat(result.firstBrokenSeq()).isEqualTo(3L);
        assertThat(result.reason()).contains("链头");
    }

    @Test
    void deletedMiddleRowIsDetected() {
        appendSome(6);
        jdbc.sql("DELETE FROM audit_record WHERE seq = 3").update();

        Verification result = audit.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(4L);
        assertThat(result.reason()).contains("序号 3");
    }

    @Test
    void deletedLastRowIsDetected() {
        appendSome(4);
        jdbc.sql("DELETE FROM audit_record WHERE seq = 4").update();

        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(4L);
    }

    @Test
    void deletedFirstRowIsDetected() {
        appendSome(4);
        jdbc.sql("DELETE FROM audit_record WHERE seq = 1").update();

        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(2L);
    }

    @Test
    void purgeKeepsTheChainVerifiableAndIsItselfRecorded() {
        appendSome(3);                        // 2026-01-10
        clock.advance(Duration.ofDays(100));
        appendSome(2);                        // ~2026-04-20
        clock.advance(Duration.ofDays(100));  // ~2026-07-29: cutoff 185 days back falls between the two groups

        AuditService.PurgeResult result = audit.purge();

        assertThat(result.deleted()).isEqualTo(3);
        assertThat(result.firstKeptSeq()).isEqualTo(4);
        List<AuditRecord> left = audit.search(AuditFilter.none(), 0, 50).items();
        assertThat(left).extracting(AuditRecord::seq).containsExactly(6L, 5L, 4L);
        assertThat(left.get(0).action()).isEqualTo("AUDIT_PURGED");
        assertThat(left.get(0).detail()).contains("删除 3 条");
        assertThat(audit.verify()).isEqualTo(new Verification(true, 3, null, null));

        appendSome(1);
        assertThat(audit.verify().intact()).isTrue();
        jdbc.sql("DELETE FROM audit_record WHERE seq = 4").update();
        assertThat(audit.verify().firstBrokenSeq()).isEqualTo(5L);
    }

    @Test
    void purgeOfEverythingStillLeavesAVerifiableChain() {
        appendSome(3);
        clock.advance(Duration.ofDays(400));

        audit.purge();
        audit.purge();

        assertThat(audit.verify()).isEqualTo(new Verification(true, 2, null, null));
    }

    @Test
    void purgeWithNothingOldDeletesNothingButIsRecorded() {
        appendSome(2);

        assertThat(audit.purge().deleted()).isZero();
        assertThat(audit.search(new AuditFilter(null, "AUDIT_PURGED", null, null, null, null), 0, 10).total())
                .isEqualTo(1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void searchFiltersByActorActionOutcomeAndDate() {
        appendSome(3);
        audit.recordAs("other", "LOGIN_FAILED", "Account", "x", Outcome.FAILURE, null);

        assertThat(audit.search(new AuditFilter("tester", null, null, null, null, null), 0, 10).total()).isEqualTo(3);
        assertThat(audit.search(new AuditFilter(null, null, null, null, null, Outcome.FAILURE), 0, 10).items())
                .extracting(AuditRecord::actor).containsExactly("other");
        assertThat(audit.search(new AuditFilter(null, null, "Thing", java.time.LocalDate.of(2026, 1, 10),
                java.time.LocalDate.of(2026, 1, 10), null), 0, 2)).satisfies(page -> {
                    assertThat(page.total()).isEqualTo(3);
                    assertThat(page.items()).hasSize(2);
                    assertThat(page.hasNext()).isTrue();
                });
        assertThat(audit.search(new AuditFilter(null, null, null, java.time.LocalDate.of(2026, 1, 11), null, null),
                0, 10).total()).isZero();
    }

    @Test
    void recordJoinsTheCallersTransactionAndVanishesOnRollback() {
        TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outer.executeWithoutResult(status -> {
            audit.recordAs("tester", "WILL_ROLL_BACK", "Thing", "1", Outcome.SUCCESS, null);
            status.setRollbackOnly();
        });
        appendSome(1);

        assertThat(audit.search(AuditFilter.none(), 0, 10).items()).extracting(AuditRecord::action)
                .containsExactly("THING_DONE");
        assertThat(audit.verify().intact()).isTrue();
    }

    private long count(String action) {
        return audit.search(new AuditFilter(null, action, null, null, null, null), 0, 10).total();
    }

    private TransactionTemplate newTransaction() {
        TransactionTemplate t = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }

    @Test
    void aRecordSurvivingRollbackIsWrittenAtOnceWhenNoTransactionOfTheThreadHoldsTheHead() {
        audit.recordSurvivingRollback("tester", "REFUSED_THING", "Thing", "0", Outcome.REFUSED, "no transaction");
        assertThat(count("REFUSED_THING")).isEqualTo(1);

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            audit.recordSurvivingRollback(null, "REFUSED_THING", "Thing", "1", Outcome.REFUSED, "holds nothing yet");
            assertThat(count("REFUSED_THING")).as("committed before the caller ends").isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(count("REFUSED_THING")).isEqualTo(2);
        assertThat(audit.search(AuditFilter.none(), 0, 1).items().get(0).actor()).isEqualTo("anonymous");
        assertThat(audit.verify()).isEqualTo(new Verification(true, 2, null, null));
    }

    @Test
    void aRecordSurvivingRollbackWaitsForTheCallerThatHoldsTheHeadAndSurvivesItsRollbackOnce() {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            audit.recordAs("tester", "WILL_ROLL_BACK", "Thing", "1", Outcome.SUCCESS, null);
            audit.recordSurvivingRollback("tester", "REFUSED_THING", "Thing", "2", Outcome.REFUSED, "after the caller");
            audit.recordSurvivingRollback("tester", "REFUSED_THING", "Thing", "3", Outcome.REFUSED, "after the caller");
            assertThat(count("REFUSED_THING")).as("not yet: the caller holds the head").isZero();
            status.setRollbackOnly();
        });

        assertThat(audit.search(AuditFilter.none(), 0, 10).items()).extracting(r -> r.action() + "/" + r.objectId()
                + "/" + r.sourceAddress()).containsExactly("REFUSED_THING/3/198.51.100.7", "REFUSED_THING/2/198.51.100.7");
        assertThat(audit.verify()).isEqualTo(new Verification(true, 2, null, null));
    }

    @Test
    void aRecordSurvivingRollbackWaitsForTheCallerThatHoldsTheHeadAndFollowsItsCommit() {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            audit.recordAs("tester", "CALLER_DONE", "Thing", "1", Outcome.SUCCESS, null);
            // a nested transaction of its own still waits for the outermost holder
            newTransaction().executeWithoutResult(inner -> audit.recordSurvivingRollback("tester", "REFUSED_THING",
                    "Thing", "2", Outcome.REFUSED, "after the caller"));
        });

        assertThat(audit.search(AuditFilter.none(), 0, 10).items()).extracting(AuditRecord::action)
                .containsExactly("REFUSED_THING", "CALLER_DONE");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anAppendInANestedTransactionWhileTheCallerHoldsTheHeadFailsAtOnceInsteadOfWaitingForItself() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .executeWithoutResult(status -> {
                    audit.recordAs("tester", "CALLER_DONE", "Thing", "1", Outcome.SUCCESS, null);
                    newTransaction().executeWithoutResult(inner ->
                            audit.recordAs("tester", "NESTED", "Thing", "2", Outcome.SUCCESS, null));
                })).isInstanceOf(IllegalStateException.class).hasMessageContaining("suspended transaction");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(audit.search(AuditFilter.none(), 0, 10).total()).isZero();
    }

    @Test
    void aListenerAfterTheHoldersCommitWritesInATransactionOfItsOwn() {
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            audit.recordAs("tester", "CALLER_DONE", "Thing", "1", Outcome.SUCCESS, null);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() { // as a @TransactionalEventListener does
                    newTransaction().executeWithoutResult(inner ->
                            audit.recordAs("tester", "AFTER_COMMIT", "Thing", "2", Outcome.SUCCESS, null));
                }
            });
        });

        assertThat(audit.search(AuditFilter.none(), 0, 10).items()).extracting(AuditRecord::action)
                .containsExactly("AFTER_COMMIT", "CALLER_DONE");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void retentionBelowSixMonthsIsRefused() {
        assertThatThrownBy(() -> new AuditProperties(184)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("185");
        assertThat(new AuditProperties(null).retentionDays()).isEqualTo(185);
        assertThat(new AuditProperties(400).retentionDays()).isEqualTo(400);
    }

    /** A clock tests can move forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
