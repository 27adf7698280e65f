package org.gongkai.common;

/**
 * A refusal that reaches a user: a stable {@link ErrorCode}, a Chinese message and, where one input
 * caused it, the field name so that the page can show the message next to that field.
 */
public class GongkaiException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

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
