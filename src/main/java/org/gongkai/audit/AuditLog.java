package org.gongkai.audit;

/**
 * The audit module's published port: every state change in every module, and every security event,
 * is recorded here. The actor, the actor's unit and the source address are taken from the current
 * request; {@link #recordAs} names the actor explicitly where nobody is signed in (a failed login).
 * Records join the caller's transaction, so a rolled-back change leaves no "success" record; a record that must
 * survive the caller's rollback (a refused command) goes through {@link #recordSurvivingRollback}.
 */
public interface AuditLog {

    enum Outcome {
        SUCCESS,
        FAILURE,
        /** A request or command that was refused (403, out-of-scope 404, CSRF, 429, a refused state change). */
        REFUSED
    }

    /** Records an action by the current actor (or "anonymous"). */
    void record(String action, String objectType, String objectId, Outcome outcome, String detail);

    default void success(String action, String objectType, Object objectId, String detail) {
        record(action, objectType, objectId == null ? null : objectId.toString(), Outcome.SUCCESS, detail);
    }

    /** Records an action on behalf of a named actor who is not (yet) signed in, e.g. a failed login. */
    void recordAs(String actorName, String action, String objectType, String objectId, Outcome outcome, String detail);

    /**
     * Records an action in a transaction of its own, so that it survives the caller's rollback (a refused command):
     * at once, or — when a transaction of this thread holds the chain head (it has written a record and not ended) —
     * right after that transaction ends, committed or rolled back, since the write would otherwise wait for its own
     * caller (docs/decisions/035-refusals-inside-an-outer-transaction.md). The actor ({@code actorName}, or the
     * current actor with their unit when null) and the source address are taken now.
     */
    void recordSurvivingRollback(String actorName, String action, String objectType, String objectId, Outcome outcome,
            String detail);
}
