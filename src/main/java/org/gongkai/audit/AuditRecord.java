package org.gongkai.audit;

import java.time.Instant;

/**
 * One stored audit record. {@link #hash} = SM3({@link #prevHash} || {@link #canonicalContent()}), so any
 * change to a stored field, or a record taken out of the chain, shows up when the chain is verified.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, Long actorUnitId, String action,
        String objectType, String objectId, AuditLog.Outcome outcome, String detail, String sourceAddress,
        String prevHash, String hash) {

    /** The hash of the chain before its first record (and before the oldest record after a purge-less start). */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The content fields in a fixed order, each as {@code name=<length>:<value>} (or {@code name=-} for null)
     * on its own line: unambiguous whatever the values contain.
     */
    public String canonicalContent() {
        StringBuilder out = new StringBuilder(256);
        field(out, "seq", Long.toString(seq));
        field(out, "occurredAt", occurredAt.toString());
        field(out, "actor", actor);
        field(out, "actorUnitId", actorUnitId == null ? null : actorUnitId.toString());
        field(out, "action", action);
        field(out, "objectType", objectType);
        field(out, "objectId", objectId);
        field(out, "outcome", outcome.name());
        field(out, "detail", detail);
        field(out, "sourceAddress", sourceAddress);
        return out.toString();
    }

    /** The hash this record must carry given its previous hash and content. */
    public String expectedHash() {
        return org.gongkai.common.Sm3.hex(prevHash + "\n" + canonicalContent());
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }
}
