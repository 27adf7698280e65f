package org.gongkai.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders errors that never reached the exception handler: thrown by filters (security, rate limits),
 * sent with {@code response.sendError}, or raised by the container. Replaces Boot's whitelabel page.
 */
@Controller
class GongkaiErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(GongkaiErrorController.class);

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        return ErrorResponses.respond(request, problem(request), HttpHeaders.EMPTY);
    }

    static ProblemDetail problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = ErrorResponses.path(request);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        GongkaiException refusal = find(exception);
        if (refusal != null) {
            return ErrorResponses.problem(refusal.code(), refusal.getMessage(), refusal.field(), refusal.code().status(), path);
        }
        if (exception != null && status.is5xxServerError()) {
            log.error("Unhandled error on {}", path, exception);
        }
        ErrorCode code = ErrorResponses.codeFor(status);
        return ErrorResponses.problem(code, null, null, status, path);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        // /error opened directly: there is nothing here
        return HttpStatus.NOT_FOUND;
    }

    private static GongkaiException find(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof GongkaiException g) {
                return g;
            }
        }
        return null;
    }
}
