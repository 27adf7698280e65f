package org.gongkai.common;

import java.util.List;

/**
 * A module that takes, in bulk, the events a crash left undelivered before {@link EventPublicationRecovery} redelivers
 * them one publication at a time at start-up. Search implements it to index all outstanding documents with one
 * commit per page instead of one per document (decision 009); the redelivered publications then find their work done.
 * Implementations must be idempotent: an event may still be redelivered after {@link #prepare}.
 */
public interface OutstandingEvents {

    /** Every event whose publication was incomplete at start, of any type: take those you handle, durably. */
    void prepare(List<Object> events);

    /** The one-by-one redelivery that follows {@link #prepare} has finished: forget what was prepared. */
    void redelivered();
}
