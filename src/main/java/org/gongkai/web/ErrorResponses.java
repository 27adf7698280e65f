package org.gongkai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns one refusal into what the caller understands: RFC 9457 problem JSON under {@code /api/**},
 * a friendly Chinese error page everywhere else. Used by the exception handler and the error controller.
 */
final class ErrorResponses {

    private ErrorResponses() {}

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** The application-relative path the client asked for (the original one during an error dispatch). */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static ProblemDetail problem(ErrorCode code, String detail, String field, HttpStatus status, String path) {
        ProblemDetail problem = Problems.of(code, detail, field);
        if (status != null && status.value() != problem.getStatus()) {
            problem.setStatus(status);
        }
        if (path != null) {
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
        }
        return problem;
    }

    static Object respond(HttpServletRequest request, ProblemDetail problem, HttpHeaders headers) {
        String path = path(request);
        if (isApi(path)) {
            return ResponseEntity.status(problem.getStatus())
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        HttpStatus status = HttpStatus.valueOf(problem.getStatus());
        ModelAndView page = new ModelAndView(template(status), Map.of(
                "status", status.value(),
                "code", String.valueOf(problem.getProperties() == null ? "" : problem.getProperties().get("code")),
                "message", problem.getDetail() == null ? "" : problem.getDetail(),
                "signedIn", org.gongkai.common.Actor.current().isPresent()), status);
        return page;
    }

    /** Which friendly page explains a status: 400, 403, 404, 429 or 500. */
    static String template(HttpStatus status) {
        int value = status.value();
        if (value == 401 || value == 403) {
            return "error/403";
        }
        if (value == 404 || value == 410) {
            return "error/404";
        }
        if (value == 429) {
            return "error/429";
        }
        if (status.is5xxServerError()) {
            return "error/500";
        }
        return "error/400";
    }

    /** The catalogue code that names an HTTP status reached without an exception we know. */
    static ErrorCode codeFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCode.FORBIDDEN;
            case NOT_FOUND, GONE -> ErrorCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case CONFLICT -> ErrorCode.CONFLICT;
            case TOO_MANY_REQUESTS -> ErrorCode.RATE_LIMITED;
            case UNPROCESSABLE_CONTENT -> ErrorCode.VALIDATION_FAILED;
            default -> status.is4xxClientError() ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
