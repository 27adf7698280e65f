package org.gongkai.audit;

/**
 * The audit module's port for refused requests (等保 L3 security events): 403, 401 on the API, CSRF
 * rejections, 429 and out-of-scope 404s (refused commands are recorded individually by the command dispatcher).
 * Refusals are aggregated in memory per
 * (minute, actor, source address, path, kind, reason) and written as ONE chained audit record with outcome
 * {@code REFUSED} and {@code count=N} per key and minute, so that a flood cannot fill the log
 * (docs/decisions/006-aggregated-refusal-audit.md).
 */
public interface RefusalLog {

    /**
     * One refused request or command.
     *
     * @param kind       what was refused, UPPER_SNAKE: ACCESS_DENIED, CSRF_REJECTED, UNAUTHENTICATED, RATE_LIMITED,
     *                   OUT_OF_SCOPE, or the command's audit action
     * @param reason     why (an error code and short text); part of the aggregation key, so keep it stable
     * @param objectType the object refused, when known (else null)
     * @param objectId   its id, when known
     * @param actor      who, or null for the signed-in actor (or "anonymous")
     * @param source     the client address, or null for the current request's
     * @param path       {@code METHOD /path}, or null for the current request's
     */
    record Refusal(String kind, String reason, String objectType, String objectId, String actor, String source,
            String path) {

        public static Refusal of(String kind, String reason) {
            return new Refusal(kind, reason, null, null, null, null, null);
        }

        public Refusal on(String type, String id) {
            return new Refusal(kind, reason, type, id, actor, source, path);
        }

        public Refusal from(String sourceAddress, String requestPath) {
            return new Refusal(kind, reason, objectType, objectId, actor, sourceAddress, requestPath);
        }

        public Refusal by(String actorName) {
            return new Refusal(kind, reason, objectType, objectId, actorName, source, path);
        }
    }

    /** Counts a refusal; the aggregate is written when its minute is over (or at {@link #flush()}). */
    void refused(Refusal refusal);

    /** Writes every pending aggregate now, including the current minute's (before reading the log, at shutdown). */
    void flush();
}
