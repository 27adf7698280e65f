package org.gongkai.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the request sweep (automatic （六）1/（六）2 endings, due-date refresh, reminders at 5 and 1 WD, overdue
 * flags) every hour, once across the cluster (ShedLock on the {@code shedlock} table).
 */
@Component
class ReminderSweeper {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweeper.class);
    private final RequestService service;
    private final Clock clock;
    private final LockingTaskExecutor executor;

    ReminderSweeper(RequestService service, Clock clock, DataSource dataSource) {
        this.service = service;
        this.clock = clock;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    @Scheduled(cron = "${gongkai.requests.sweep-cron:0 7 * * * *}", zone = "Asia/Shanghai")
    void sweep() {
        executor.executeWithLock((Runnable) () -> {
            RequestService.SweepResult result = service.sweep(LocalDate.now(clock));
            if (result.reminders() + result.overdue() + result.ended() + result.failed() > 0) {
                log.info("request sweep: {} reminders, {} overdue, {} ended, {} skipped", result.reminders(), result.overdue(),
                        result.ended(), result.failed());
            }
        }, new LockConfiguration(clock.instant(), "requests-sweep", Duration.ofMinutes(30), Duration.ofSeconds(30)));
    }
}
