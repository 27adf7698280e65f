package org.gongkai.supervision.indicators;

import static org.gongkai.supervision.indicators.IndicatorCodes.*;

import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.requests.RequestEvents;
import org.gongkai.requests.ReviewResult;
import org.springframework.stereotype.Component;

/**
 * Turns one persisted event into facts of the read model: used by the listeners as events arrive and by the rebuild
 * as it replays them. Every fact is keyed by its record and written whole, and merges are monotonic (each event of a
 * request writes a row of its own; a concluded review never falls back to pending), so the order of delivery and a
 * second delivery do not change the result. Events persisted before they carried these facts are skipped.
 */
@Component
class FactRecorder {

    static final String REQUEST = "REQUEST";

    private final FactStore store;
    private final WorkingDayCalendar calendar;
    private final IndicatorSettings settings;

    FactRecorder(FactStore store, WorkingDayCalendar calendar, IndicatorSettings settings) {
        this.store = store;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Whether this recorder takes events of this type (the rebuild reads only these). */
    static boolean handles(Class<?> type) {
        return type == CatalogueEvent.DocumentPublished.class || type == RequestEvents.RequestReceived.class
                || type == RequestEvents.DecisionIssued.class || type == RequestEvents.ReviewRecorded.class
                || type == RequestEvents.DeadlineApproaching.class || type == RequestEvents.RequestOverdue.class;
    }

    void record(Object event) {
        if (event instanceof CatalogueEvent.DocumentPublished e) {
            published(e);
        } else if (event instanceof RequestEvents.RequestReceived e) {
            store.openCase(REQUEST, e.trackingNumber(), "RECEIVED", e.unitId(), e.receivedOn(), e.dueOn(), null);
        } else if (event instanceof RequestEvents.DecisionIssued e) {
            decided(e);
        } else if (event instanceof RequestEvents.ReviewRecorded e) {
            review(e);
        } else if (event instanceof RequestEvents.DeadlineApproaching e && e.dueOn() != null) {
            store.openCase(REQUEST, e.trackingNumber(), "DUE:" + e.dueOn(), e.unitId(), null, e.dueOn(), null);
        } else if (event instanceof RequestEvents.RequestOverdue e && e.dueOn() != null) {
            store.openCase(REQUEST, e.trackingNumber(), "DUE:" + e.dueOn(), e.unitId(), null, e.dueOn(), null);
        }
    }

    /** On time: published on or before the N-th working day after the written-on date (the calendar's). */
    private void published(CatalogueEvent.DocumentPublished e) {
        if (e.unitId() == null || e.writtenOn() == null || e.publishedOn() == null) {
            return;
        }
        LocalDate due = calendar.addWorkingDays(e.writtenOn(), settings.documentWorkingDays()).date();
        store.put(new FactStore.Fact(DOCUMENTS_ON_TIME_RATE, Long.toString(e.documentId()), e.unitId(),
                e.publishedOn(), !e.publishedOn().isAfter(due), due, e.publishedOn(), "成文日期 " + e.writtenOn()));
    }

    private void decided(RequestEvents.DecisionIssued e) {
        store.openCase(REQUEST, e.trackingNumber(), "DECIDED", e.unitId(), null, e.dueOn(), e.decidedOn());
        if (e.dueOn() == null || e.decidedOn() == null) {
            return;
        }
        store.put(new FactStore.Fact(REQUESTS_ON_TIME_RATE, e.trackingNumber(), e.unitId(), e.decidedOn(),
                !e.decidedOn().isAfter(e.dueOn()), e.dueOn(), e.decidedOn(), e.code() == null ? null : e.code().label()));
    }

    private void review(RequestEvents.ReviewRecorded e) {
        if (e.kind() == null || e.filedOn() == null) {
            return;
        }
        String ref = e.trackingNumber() + "/" + e.kind().name() + "/" + e.filedOn();
        ReviewResult result = e.result() == null ? ReviewResult.PENDING : e.result();
        if (result == ReviewResult.PENDING) {
            var known = store.find(REVIEWS_CORRECTED_RATE, ref);
            if (known.isPresent() && !known.get().detail().endsWith(ReviewResult.PENDING.label())) {
                return; // already concluded: a late or replayed "pending" changes nothing
            }
        }
        store.put(new FactStore.Fact(REVIEWS_CORRECTED_RATE, ref, e.unitId(), e.filedOn(),
                result == ReviewResult.CORRECTED, null, null, e.kind().label() + "：" + result.label()));
    }
}
