package org.gongkai.services.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.gongkai.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly sweep over open service cases, once across the cluster (ShedLock {@code services-case-sweep}) and one
 * transaction PER CASE (a case whose ledger cannot be read is logged and skipped; the others still get theirs): it
 * refreshes due dates that an open suspension moves, records the reminder when the light turns yellow (on working
 * days) and the overdue mark after the due date, each once per due date, and publishes
 * {@link ServiceCaseEvents.ServiceCaseDueSoon} and {@link ServiceCaseEvents.ServiceCaseOverdue}.
 */
@Component
class CaseSweep {

    private static final Logger log = LoggerFactory.getLogger(CaseSweep.class);

    /** What one sweep did. */
    record Result(int reminded, int overdue, int refreshed, int failed) {}

    private final CaseActions actions;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perCase;
    private final LockingTaskExecutor executor;
    private final Clock clock;

    CaseSweep(CaseActions actions, WorkingDayCalendar calendar, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, DataSource dataSource, Clock clock) {
        this.actions = actions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.perCase = new TransactionTemplate(transactions);
        this.perCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    @Scheduled(cron = "${gongkai.services.cases.sweep-cron:0 17 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        executor.executeWithLock((Runnable) () -> {
            Result r = sweep(LocalDate.now(clock));
            if (r.reminded() + r.overdue() + r.failed() > 0) {
                log.info("service case sweep: {} reminded, {} overdue, {} due dates refreshed, {} skipped",
                        r.reminded(), r.overdue(), r.refreshed(), r.failed());
            }
        }, new LockConfiguration(clock.instant(), "services-case-sweep", Duration.ofMinutes(30),
                Duration.ofSeconds(30)));
    }

    Result sweep(LocalDate today) {
        int reminded = 0;
        int overdue = 0;
        int refreshed = 0;
        int failed = 0;
        for (ServiceCaseRepository.OpenCase open : actions.repository.open()) {
            String outcome;
            try {
                outcome = perCase.execute(status -> sweepOne(open, today));
            } catch (RuntimeException e) {
                failed++;
                log.error("service case sweep: skipped {} ({})", open.caseNumber(), e.toString());
                continue;
            }
            switch (outcome == null ? "" : outcome) {
                case "REMINDED" -> reminded++;
                case "OVERDUE" -> overdue++;
                case "REFRESHED" -> refreshed++;
                default -> { }
            }
        }
        return new Result(reminded, overdue, refreshed, failed);
    }

    private String sweepOne(ServiceCaseRepository.OpenCase open, LocalDate today) {
        ServiceCase c = actions.repository.findById(open.id()).orElseThrow();
        if (!c.status().isOpen()) {
            return "";
        }
        ServiceClock.Reading r = c.refresh(actions.clock, today);
        LocalDate due = r.dueOn();
        String outcome = due.equals(open.dueOn()) ? "" : "REFRESHED";
        if (r.light() == CaseLight.RED) {
            if (c.mark(CaseEventType.OVERDUE, today, due, "已超过办理期限 " + due)) {
                events.publishEvent(new ServiceCaseEvents.ServiceCaseOverdue(c.caseNumber(), c.unitId(),
                        c.acceptingUnitId(), due));
                outcome = "OVERDUE";
            }
        } else if (r.light() == CaseLight.YELLOW && calendar.isWorkingDay(today)) {
            if (c.mark(CaseEventType.REMINDED, today, due, "距办理期限 " + due + " 还有 " + r.daysLeft() + " 个工作日")) {
                events.publishEvent(new ServiceCaseEvents.ServiceCaseDueSoon(c.caseNumber(), c.unitId(),
                        c.acceptingUnitId(), due, r.daysLeft()));
                outcome = "REMINDED";
            }
        }
        if (!outcome.isEmpty()) {
            actions.repository.update(c, "system", actions.time.instant());
        }
        return outcome;
    }
}
