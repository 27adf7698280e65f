package org.gongkai.notify;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of a persisted event that fails on its first delivery, as if its JVM had died or a remote system had
 * been down: the publication must stay incomplete and be delivered again on resubmission.
 */
@TestComponent
class FlakyListener {

    /** Published by the test in a transaction, like any module event. */
    record Probe(String id) {}

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();

    // accessed through methods: the bean is a proxy (the listener is @Async)
    int calls() {
        return calls.get();
    }

    int delivered() {
        return delivered.get();
    }

    @ApplicationModuleListener
    void on(Probe probe) {
        if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("simulated failure on first delivery of " + probe.id());
        }
        delivered.incrementAndGet();
    }
}
