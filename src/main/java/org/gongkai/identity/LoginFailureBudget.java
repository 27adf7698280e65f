package org.gongkai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A failure budget per source address across all accounts: after {@code source-failure-limit} failed sign-ins
 * (password or second factor, any account, unknown names included) within {@code source-failure-window},
 * that address gets 429 on every sign-in step until the window has passed — so one address cannot lock every
 * account by cycling through user names. Kept in the database (table {@code identity_source_failure}), so the
 * budget is shared by every instance: failures through one instance count on all. Rows older than the window are
 * deleted with each new failure of the address and hourly for all (once across the cluster, ShedLock
 * {@code identity-source-failure-cleanup}).
 */
@Component
public class LoginFailureBudget {

    static final int MAX_SOURCE = 300;
    private final IdentityProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final String namespace;
    private final LockingTaskExecutor executor;

    LoginFailureBudget(IdentityProperties properties, Clock clock, JdbcClient jdbc, DataSource dataSource,
            @Value("${gongkai.rate-limits.namespace:}") String namespace) {
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.namespace = namespace == null ? "" : namespace;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    /** Counts a failed sign-in step from {@code source}. */
    public void failed(String source) {
        if (source == null) {
            return;
        }
        String key = key(source);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM identity_source_failure WHERE source = ? AND failed_at <= ?")
                .params(key, ts(now.minus(properties.sourceFailureWindow()))).update();
        jdbc.sql("INSERT INTO identity_source_failure (source, failed_at) VALUES (?, ?)").params(key, ts(now)).update();
    }

    /** Whether {@code source} has used up its budget: the limit reached within the window. */
    public boolean exhausted(String source) {
        if (source == null) {
            return false;
        }
        Instant now = clock.instant();
        long failures = jdbc.sql("SELECT COUNT(*) FROM identity_source_failure WHERE source = ? AND failed_at > ?")
                .params(key(source), ts(now.minus(properties.sourceFailureWindow())))
                .query(Long.class).single();
        return failures >= properties.sourceFailureLimit();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void deleteOld() {
        executor.executeWithLock((Runnable) () -> jdbc.sql("DELETE FROM identity_source_failure WHERE failed_at <= ?")
                        .param(ts(clock.instant().minus(properties.sourceFailureWindow()))).update(),
                new LockConfiguration(clock.instant(), "identity-source-failure-cleanup", Duration.ofMinutes(30),
                        Duration.ofMinutes(1)));
    }

    private String key(String source) {
        String key = namespace.isEmpty() ? source : namespace + "|" + source;
        return key.length() <= MAX_SOURCE ? key : key.substring(0, MAX_SOURCE);
    }

    private static OffsetDateTime ts(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
