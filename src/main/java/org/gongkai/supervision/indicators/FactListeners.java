package org.gongkai.supervision.indicators;

import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.requests.RequestEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The read model's intake: each listener runs after the publishing transaction committed, in a transaction of its
 * own, from Spring Modulith's persisted publication (retried until it succeeds; idempotent, see {@link FactRecorder}).
 */
@Component
class FactListeners {

    private final FactRecorder recorder;

    FactListeners(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @ApplicationModuleListener
    void on(CatalogueEvent.DocumentPublished event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RequestEvents.RequestReceived event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RequestEvents.DecisionIssued event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RequestEvents.ReviewRecorded event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RequestEvents.DeadlineApproaching event) {
        recorder.record(event);
    }

    @ApplicationModuleListener
    void on(RequestEvents.RequestOverdue event) {
        recorder.record(event);
    }
}
