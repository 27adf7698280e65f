package org.gongkai.search;

import java.time.Duration;
import org.gongkai.catalogue.CatalogueEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Redelivers the index's failed event publications. Spring Modulith republishes publications left in
 * progress by a crash at start ({@code republish-outstanding-events-on-restart}); a publication whose listener
 * threw is marked FAILED instead and needs resubmitting: at start and every few minutes, for catalogue events. Indexing is idempotent (it reads the document's current state), so a redelivery
 * never does harm.
 */
@Component
class IndexingRecovery {

    private static final int BATCH = 500;

    private final FailedEventPublications failed;

    IndexingRecovery(FailedEventPublications failed) {
        this.failed = failed;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        failed.resubmit(options(Duration.ZERO));
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void periodically() {
        failed.resubmit(options(Duration.ofMinutes(1)));
    }

    private static ResubmissionOptions options(Duration minAge) {
        return ResubmissionOptions.defaults().withMinAge(minAge).withMaxInFlight(BATCH).withBatchSize(BATCH)
                .withFilter(IndexingRecovery::ours);
    }

    private static boolean ours(EventPublication publication) {
        // the listener's identity is not part of the public API: all failed deliveries of catalogue events are
        // retried (their listeners are idempotent by the CatalogueEvent contract: they re-read the document)
        return publication.getEvent() instanceof CatalogueEvent;
    }
}
