package org.gongkai.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rate-limit buckets in the database: two {@link RateLimits} on one database behave as two application instances
 * (each has its own bucket4j proxy manager and connections), on H2 and on PostgreSQL.
 */
@IntegrationTest
class RateLimitsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private RateLimits[] twoInstances() {
        String namespace = "test-" + UUID.randomUUID();
        return new RateLimits[] {new RateLimits(dataSource, clock, namespace), new RateLimits(dataSource, clock, namespace)};
    }

    @Test
    void aClientRefusedThroughOneInstanceIsRefusedThroughTheOther() {
        RateLimits[] instances = twoInstances();
        RateLimits a = instances[0];
        RateLimits b = instances[1];
        assertThat(a.tryConsume("post /login", "192.0.2.1", 3)).isTrue();
        assertThat(b.tryConsume("post /login", "192.0.2.1", 3)).isTrue();
        assertThat(a.tryConsume("post /login", "192.0.2.1", 3)).isTrue();
        assertThat(b.tryConsume("post /login", "192.0.2.1", 3)).as("used up through a and b").isFalse();
        assertThat(a.tryConsume("post /login", "192.0.2.1", 3)).isFalse();
        assertThat(b.tryConsume("post /login", "192.0.2.2", 3)).as("another client").isTrue();
        assertThat(b.tryConsume("post /other", "192.0.2.1", 3)).as("another limit").isTrue();
    }

    @Test
    void concurrentRequestsThroughTwoInstancesNeverTakeMoreThanTheLimit() throws Exception {
        RateLimits[] instances = twoInstances();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                RateLimits instance = instances[i % 2];
                results.add(pool.submit(() -> instance.tryConsume("post /requests/apply", "198.51.100.7", 20)));
            }
            int granted = 0;
            for (Future<Boolean> result : results) {
                granted += result.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void bucketsThatAreFullAgainAreDeletedAndLongKeysAreDigested() {
        RateLimits limits = twoInstances()[0];
        String client = "x".repeat(500);
        assertThat(limits.tryConsume("lookup", client, 5)).isTrue();
        String key = limits.key("lookup", client);
        assertThat(key).startsWith("sm3:").hasSizeLessThanOrEqualTo(RateLimits.MAX_KEY);
        assertThat(jdbc.sql("SELECT expires_at FROM rate_limit_bucket WHERE id = ?").param(key).query(Long.class).single())
                .as("kept until full again, plus 10 s").isPositive();
        jdbc.sql("UPDATE rate_limit_bucket SET expires_at = 1 WHERE id = ?").param(key).update();
        assertThat(limits.removeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rate_limit_bucket WHERE id = ?").param(key).query(Long.class).single())
                .isZero();
        assertThat(limits.tryConsume("lookup", client, 5)).as("a new, full bucket").isTrue();
    }
}
