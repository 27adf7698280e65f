package org.gongkai.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one exception handler. Under {@code /api/**} every failure becomes RFC 9457 problem JSON with a
 * stable {@code code} (and {@code field} where one input caused it); pages get a friendly Chinese error
 * page. Unexpected exceptions are logged here and reach the client only as a generic message.
 * Security exceptions are handed back to Spring Security (sign-in redirect or 403).
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(GongkaiException.class)
    Object refused(GongkaiException e, HttpServletRequest request) {
        log.debug("Refused {} {}: {} {}", request.getMethod(), request.getRequestURI(), e.code(), e.getMessage());
        return respond(request, e.code(), e.getMessage(), e.field());
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", message(f)))
                .toList();
        FieldError first = e.getFieldError();
        ProblemDetail problem = first == null
                ? problem(request, ErrorCode.VALIDATION_FAILED, null, null)
                : problem(request, codeOf(first), message(first), first.getField());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ErrorResponses.respond(request, problem, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalid(HandlerMethodValidationException e, HttpServletRequest request) {
        var first = e.getParameterValidationResults().stream().findFirst();
        String field = first.map(r -> r.getMethodParameter().getParameterName()).orElse(null);
        String detail = first.flatMap(r -> r.getResolvableErrors().stream().findFirst())
                .map(err -> field + "：" + err.getDefaultMessage())
                .orElse(null);
        return respond(request, ErrorCode.VALIDATION_FAILED, detail, field);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object invalid(ConstraintViolationException e, HttpServletRequest request) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream().findFirst().orElse(null);
        if (first == null) {
            return respond(request, ErrorCode.VALIDATION_FAILED, null, null);
        }
        String field = lastNode(first.getPropertyPath());
        return respond(request, ErrorCode.VALIDATION_FAILED, field + "：" + first.getMessage(), field);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(request, ErrorCode.MALFORMED_REQUEST, "缺少参数 " + e.getParameterName(), e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missing(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(request, ErrorCode.MALFORMED_REQUEST, "缺少上传内容 " + e.getRequestPartName(), e.getRequestPartName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        GongkaiException refusal = refusalIn(e);
        if (refusal != null) {
            return respond(request, refusal.code(), refusal.getMessage(), e.getName());
        }
        Class<?> type = e.getRequiredType();
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return respond(request, ErrorCode.INVALID_DATE, "参数 " + e.getName() + " 的日期格式不正确，应为 YYYY-MM-DD", e.getName());
        }
        return respond(request, ErrorCode.MALFORMED_REQUEST, "参数 " + e.getName() + " 的格式不正确", e.getName());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        log.debug("Unreadable request body for {}", request.getRequestURI(), e);
        String field = JsonPaths.field(e);
        GongkaiException refusal = refusalIn(e);
        if (refusal != null) {
            String where = field == null ? "" : field + "：";
            return respond(request, refusal.code(), where + refusal.getMessage(), field);
        }
        return respond(request, ErrorCode.MALFORMED_REQUEST,
                field == null ? "请求内容无法解析，请检查 JSON 格式" : "字段 " + field + " 的类型或格式不正确", field);
    }

    /**
     * A date or year computed from input that {@code java.time} cannot represent (a year of 999999999 in a
     * path): the client's error, 400, wherever the module forgot to check the range.
     */
    @ExceptionHandler(java.time.DateTimeException.class)
    Object dateOutOfRange(java.time.DateTimeException e, HttpServletRequest request) {
        log.warn("Date out of range on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return respond(request, ErrorCode.OUT_OF_RANGE, "日期或年份超出允许的范围", null);
    }

    /**
     * The backstop for input that no check caught before the database refused it: a value too long for
     * its column, a date or number out of the column's range, bytes the encoding cannot hold (SQLSTATE
     * class 22, "data exception") is the client's error, 400; nothing was written (the transaction rolled
     * back). A constraint violation (class 23) is a conflict with what is stored, 409.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    Object refusedByDatabase(org.springframework.dao.DataIntegrityViolationException e, HttpServletRequest request) {
        String state = sqlState(e);
        log.warn("Database refused input on {} {} (SQLSTATE {}): {}", request.getMethod(), request.getRequestURI(),
                state, e.getMostSpecificCause().getMessage());
        if (state != null && state.startsWith("23")) {
            return respond(request, ErrorCode.CONFLICT, null, null);
        }
        return respond(request, ErrorCode.TOO_LONG, "提交的内容过长或超出允许的范围，请检查后重试", null);
    }

    @ExceptionHandler({ServletRequestBindingException.class, HttpMediaTypeException.class, MultipartException.class})
    Object malformed(Exception e, HttpServletRequest request) {
        String detail = e instanceof MaxUploadSizeExceededException ? "上传的文件过大" : null;
        return respond(request, ErrorCode.MALFORMED_REQUEST, detail, null);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request) {
        return respond(request, ErrorCode.NOT_FOUND, null, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ErrorResponses.respond(request, problem(request, ErrorCode.METHOD_NOT_ALLOWED, null, null), headers);
    }

    /** Not ours: rethrowing the same exception lets Spring Security send the sign-in redirect or the 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(Exception e) throws Exception {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            // Spring's own 4xx (ResponseStatusException, 406, 413, ...): name it by its status
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            ErrorCode code = ErrorResponses.codeFor(status);
            return ErrorResponses.respond(request,
                    ErrorResponses.problem(code, null, null, status, ErrorResponses.path(request)), known.getHeaders());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, ErrorCode.INTERNAL_ERROR, null, null);
    }

    private static GongkaiException refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GongkaiException g) {
                return g;
            }
        }
        return null;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Object respond(HttpServletRequest request, ErrorCode code, String detail, String field) {
        return ErrorResponses.respond(request, problem(request, code, detail, field), HttpHeaders.EMPTY);
    }

    private static ProblemDetail problem(HttpServletRequest request, ErrorCode code, String detail, String field) {
        return ErrorResponses.problem(code, detail, field, code.status(), ErrorResponses.path(request));
    }

    /** {@code TOO_LONG} for a value over its declared maximum ({@code @Size}), else {@code VALIDATION_FAILED}. */
    static ErrorCode codeOf(FieldError error) {
        return "Size".equals(error.getCode()) || "Length".equals(error.getCode()) ? ErrorCode.TOO_LONG
                : ErrorCode.VALIDATION_FAILED;
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? ErrorCode.VALIDATION_FAILED.message() : error.getDefaultMessage();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
