package org.gongkai.common;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Redelivers every module's failed event publications (Spring Modulith's JDBC registry, table
 * {@code event_publication}). Publications left incomplete by a crash are redelivered here at start, once all beans
 * exist and before the web server takes requests (in place of Modulith's
 * {@code spring.modulith.events.republish-outstanding-events-on-restart}, which is off): first every
 * {@link OutstandingEvents} module takes the outstanding events in bulk, then each publication is redelivered to its
 * listener and marked complete (decision 009); publications stuck on another instance
 * are marked FAILED by Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}); a publication whose
 * listener threw is FAILED at once. This component resubmits FAILED ones at start and every
 * {@code gongkai.events.retry-interval} (default 5 minutes, once across the cluster by ShedLock), and deletes
 * completed publications after {@code gongkai.events.keep-completed} (default 30 days).
 *
 * <p>Contract for every listener of a persisted event: it is idempotent (search re-reads the document, notify
 * dedupes its messages), because a publication can be delivered more than once.
 */
@Component
public class EventPublicationRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRecovery.class);
    private static final int BATCH = 500;

    private final FailedEventPublications failed;
    private final IncompleteEventPublications incomplete;
    private final List<OutstandingEvents> bulk;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final Duration keepCompleted;
    private final LockingTaskExecutor executor;

    EventPublicationRecovery(FailedEventPublications failed, IncompleteEventPublications incomplete,
            List<OutstandingEvents> bulk, CompletedEventPublications completed, Clock clock, DataSource dataSource,
            @Value("${gongkai.events.keep-completed:P30D}") Duration keepCompleted) {
        this.failed = failed;
        this.incomplete = incomplete;
        this.bulk = bulk;
        this.completed = completed;
        this.clock = clock;
        this.keepCompleted = keepCompleted;
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    @Override
    public void afterSingletonsInstantiated() {
        redeliverOutstanding();
    }

    /** Redelivers every incomplete publication (left by a crash), after the bulk modules have prepared them. */
    public void redeliverOutstanding() {
        try {
            List<Object> outstanding = new ArrayList<>();
            incomplete.resubmitIncompletePublications(publication -> {
                outstanding.add(publication.getEvent()); // collect only: nothing is resubmitted in this pass
                return false;
            });
            if (outstanding.isEmpty()) {
                return;
            }
            log.info("redelivering {} outstanding event publications", outstanding.size());
            bulk.forEach(module -> module.prepare(outstanding));
            incomplete.resubmitIncompletePublications(publication -> true);
        } catch (RuntimeException e) { // never stop the start-up: failed ones are retried by the scheduler
            log.warn("redelivering outstanding event publications failed: {}", e.toString());
        } finally {
            bulk.forEach(OutstandingEvents::redelivered);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        resubmitFailed(Duration.ZERO);
    }

    @Scheduled(fixedDelayString = "${gongkai.events.retry-interval:PT5M}",
            initialDelayString = "${gongkai.events.retry-interval:PT5M}")
    void periodically() {
        executor.executeWithLock((Runnable) () -> {
            resubmitFailed(Duration.ofMinutes(1));
            completed.deletePublicationsOlderThan(keepCompleted);
        }, new LockConfiguration(clock.instant(), "event-publication-recovery", Duration.ofMinutes(30),
                Duration.ofSeconds(30)));
    }

    /** Resubmits the failed publications at least {@code minAge} old (their listeners run again). */
    public void resubmitFailed(Duration minAge) {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge).withMaxInFlight(BATCH)
                    .withBatchSize(BATCH));
        } catch (RuntimeException e) { // never stop the start-up or the scheduler: the next run tries again
            log.warn("resubmitting failed event publications failed: {}", e.toString());
        }
    }
}
