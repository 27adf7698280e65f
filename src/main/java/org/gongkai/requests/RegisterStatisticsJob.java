package org.gongkai.requests;

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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes the register's per-unit statistics (requests received and answered, on-time share, decisions by row) once
 * a day ({@code gongkai.requests.register-statistics-cron}, default 01:30 Beijing time), once across the cluster
 * (ShedLock {@code requests-register-statistics}), and once at start when none were computed yet; the page shows
 * the time of the last run ("统计截至 …").
 */
@Component
class RegisterStatisticsJob {

    private static final Logger log = LoggerFactory.getLogger(RegisterStatisticsJob.class);

    private final RequestRegister register;
    private final Clock clock;
    private final LockingTaskExecutor executor;
    private final boolean atStart;

    RegisterStatisticsJob(RequestRegister register, Clock clock, DataSource dataSource,
            @Value("${gongkai.requests.register-statistics-at-start:true}") boolean atStart) {
        this.register = register;
        this.clock = clock;
        this.atStart = atStart;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    @Scheduled(cron = "${gongkai.requests.register-statistics-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void firstStart() {
        if (atStart && register.statistics().isEmpty()) {
            run();
        }
    }

    void run() {
        executor.executeWithLock((Runnable) () -> log.info("register statistics computed at {}",
                register.computeStatistics()), new LockConfiguration(clock.instant(), "requests-register-statistics",
                Duration.ofMinutes(30), Duration.ZERO)); // idempotent: a second node running it too is harmless
    }
}
