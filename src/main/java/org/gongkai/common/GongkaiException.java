package org.gongkai.common;

/**
 * A refusal that reaches a user: a stable {@link ErrorCode}, a Chinese message and, where one input
 * caused it, the field name so that the page can show the message next to that field.
 */
public class GongkaiException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private String scopeObjectType;
    private String scopeObjectId;
    private volatile boolean refusalRecorded;

    public GongkaiException(ErrorCode code) {
        this(code, code.message(), null);
    }

    public GongkaiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public GongkaiException(ErrorCode code, String message, String field) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public static GongkaiException notFound() {
        return new GongkaiException(ErrorCode.NOT_FOUND);
    }

    /**
     * A record that exists but lies outside the actor's data scope. The user sees exactly what a missing
     * record gives ({@link ErrorCode#NOT_FOUND}, 404), while the refusal audit records it as refused access
     * to {@code objectType objectId}.
     */
    public static GongkaiException outOfScope(String objectType, Object objectId) {
        GongkaiException e = new GongkaiException(ErrorCode.NOT_FOUND);
        e.scopeObjectType = objectType;
        e.scopeObjectId = objectId == null ? null : objectId.toString();
        return e;
    }

    /**
     * The refusal for a lookup restricted to the actor's data scope (in SQL) that found nothing: {@link #outOfScope}
     * when {@code outsideScope} says the record exists beyond the scope, else a plain {@link #notFound}. The
     * question is asked only on this refusal path, so the lookup that succeeds stays one query; the user sees the
     * same 404 either way, the refusal audit records the first (decision 006).
     *
     * <pre>{@code
     * staff.findByIdInUnits(id, scope).orElseThrow(() -> GongkaiException.notFoundOrOutOfScope(
     *         () -> staff.exists(id), "Staff", id));
     * }</pre>
     */
    public static GongkaiException notFoundOrOutOfScope(java.util.function.BooleanSupplier outsideScope,
            String objectType, Object objectId) {
        return outsideScope.getAsBoolean() ? outOfScope(objectType, objectId) : notFound();
    }

    /** Whether this is an {@link #outOfScope} refusal (rendered as not found, audited as refused). */
    public boolean isOutOfScope() {
        return scopeObjectType != null;
    }

    public String scopeObjectType() {
        return scopeObjectType;
    }

    public String scopeObjectId() {
        return scopeObjectId;
    }

    /** Marks that the refusal audit already holds this refusal (so the web edge does not count it twice). */
    public void markRefusalRecorded() {
        this.refusalRecorded = true;
    }

    public boolean refusalRecorded() {
        return refusalRecorded;
    }

    public static GongkaiException invalid(String field, String message) {
        return new GongkaiException(ErrorCode.VALIDATION_FAILED, message, field);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field that caused the refusal, or null. */
    public String field() {
        return field;
    }
}
