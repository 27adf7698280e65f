package org.gongkai.common;

import java.net.URI;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details the same way everywhere (the exception handler, the security entry
 * points): {@code type} is {@code /problems/<code>}, {@code title} the code's Chinese message,
 * {@code code} the stable {@link ErrorCode} name and, where one input caused it, {@code field}.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ErrorCode code, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail == null ? code.message() : detail);
        problem.setType(URI.create("/problems/" + code.name().toLowerCase().replace('_', '-')));
        problem.setTitle(code.message());
        problem.setProperty("code", code.name());
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    public static ProblemDetail of(GongkaiException e) {
        return of(e.code(), e.getMessage(), e.field());
    }
}
