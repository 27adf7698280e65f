package org.gongkai.common;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in the database (bucket4j's select-for-update backend, {@link DatabaseBuckets}, on table
 * {@code rate_limit_bucket}), so every application instance on one database shares them: a client refused through
 * one instance is refused through all. The same SQL runs on H2 in PostgreSQL mode (the default database), so a single
 * instance and a cluster take the same path (decision 016). Time is each instance's wall clock (bucket4j's
 * client-side clock): keep the instances' clocks synchronised (NTP). Buckets expire once full again; expired rows
 * are deleted every ten minutes, once across the cluster (ShedLock {@code rate-limit-cleanup}).
 *
 * <p>{@code gongkai.rate-limits.namespace} prefixes every key: empty in production (all instances share), a random
 * value per test context, which shares one PostgreSQL database with other contexts that are not one deployment.
 */
@Component
public class RateLimits {

    /** Longest key stored as it is; longer keys are stored as their SM3 digest. */
    static final int MAX_KEY = 200;
    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    private final DatabaseBuckets buckets;
    private final String namespace;
    private final Clock clock;
    private final LockingTaskExecutor executor;

    RateLimits(DataSource dataSource, Clock clock, @Value("${gongkai.rate-limits.namespace:}") String namespace) {
        this.clock = clock;
        this.namespace = namespace == null ? "" : namespace;
        this.buckets = new DatabaseBuckets(dataSource,
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    /**
     * Takes one token from the bucket of {@code limit} for {@code client} (e.g. a source address); false when the
     * client has used up {@code perMinute} tokens (refilled evenly over a minute).
     */
    public boolean tryConsume(String limit, String client, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        return buckets.builder().build(key(limit, client), () -> configuration).tryConsume(1);
    }

    String key(String limit, String client) {
        String key = namespace + "|" + limit + "|" + client;
        if (key.length() <= MAX_KEY) {
            return key;
        }
        return "sm3:" + Sm3.hex(key);
    }

    /** Deletes buckets that are full again (nothing to remember), once across the cluster. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void deleteExpired() {
        executor.executeWithLock((Runnable) this::removeExpired, new LockConfiguration(clock.instant(),
                "rate-limit-cleanup", Duration.ofMinutes(10), Duration.ofMinutes(1)));
    }

    /** Deletes expired buckets in batches; returns how many. */
    int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(1000);
            total += removed;
        } while (removed == 1000);
        if (total > 0) {
            log.debug("deleted {} expired rate-limit buckets", total);
        }
        return total;
    }
}
