package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one handler's mapping from exceptions to problem JSON (API) and error pages (HTML). */
class ErrorHandlingTest {

    private final ErrorHandling handler = new ErrorHandling();

    @Test
    void refusalUnderApiIsProblemJsonWithItsCodeAndField() {
        ResponseEntity<ProblemDetail> response = api(handler.refused(
                new GongkaiException(ErrorCode.ROLE_CONFLICT, "张三已是系统管理员", "role"), request("/api/v1/staff/7")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = response.getBody();
        assertThat(problem.getType().toString()).isEqualTo("/problems/role-conflict");
        assertThat(problem.getTitle()).isEqualTo(ErrorCode.ROLE_CONFLICT.message());
        assertThat(problem.getDetail()).isEqualTo("张三已是系统管理员");
        assertThat(problem.getProperties()).containsEntry("code", "ROLE_CONFLICT").containsEntry("field", "role");
        assertThat(problem.getInstance().toString()).isEqualTo("/api/v1/staff/7");
    }

    @Test
    void refusalOnAPageRendersTheFriendlyPageWithItsStatus() {
        ModelAndView page = (ModelAndView) handler.refused(GongkaiException.notFound(), request("/console/units/9"));

        assertThat(page.getViewName()).isEqualTo("error/404");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getModel()).containsEntry("code", "NOT_FOUND");
    }

    @Test
    void beanValidationFailureNamesTheFirstFieldAndListsAll() {
        BindException e = new BindException(new BeanPropertyBindingResult(new Form(""), "form"));
        e.getBindingResult().rejectValue("name", "NotBlank", "不能为空");

        ProblemDetail problem = api(handler.invalid(e, request("/api/v1/units"))).getBody();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "name");
        assertThat(problem.getDetail()).isEqualTo("不能为空");
        assertThat(problem.getProperties().get("errors")).asList().hasSize(1);
    }

    @Test
    void missingParameterIsMalformedRequestNamingTheParameter() {
        ProblemDetail problem = api(handler.missing(new MissingServletRequestParameterException("days", "int"),
                request("/api/v1/calendar/add-working-days"))).getBody();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("code", "MALFORMED_REQUEST").containsEntry("field", "days");
    }

    @Test
    void badDateParameterIsInvalidDate() throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("dated", LocalDate.class), 0);
        var e = new MethodArgumentTypeMismatchException("2025-13-45", LocalDate.class, "from", parameter, null);

        ProblemDetail problem = api(handler.mismatch(e, request("/api/v1/calendar/add-working-days"))).getBody();

        assertThat(problem.getProperties()).containsEntry("code", "INVALID_DATE").containsEntry("field", "from");
    }

    @Test
    void badNumberParameterIsMalformedRequest() throws NoSuchMethodException {
        MethodParameter parameter = new MethodParameter(getClass().getDeclaredMethod("counted", int.class), 0);
        var e = new MethodArgumentTypeMismatchException("many", int.class, "days", parameter, null);

        ProblemDetail problem = api(handler.mismatch(e, request("/api/v1/calendar/add-working-days"))).getBody();

        assertThat(problem.getProperties()).containsEntry("code", "MALFORMED_REQUEST").containsEntry("field", "days");
    }

    @Test
    void unknownResourceIsNotFound() {
        ProblemDetail problem = api(handler.notFound(new NoResourceFoundException(HttpMethod.GET, "/api/v1/nothing", "api/v1/nothing"),
                request("/api/v1/nothing"))).getBody();

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsEntry("code", "NOT_FOUND");
    }

    @Test
    void wrongMethodIsMethodNotAllowedWithAllowHeader() {
        ResponseEntity<ProblemDetail> response = api(handler.methodNotAllowed(
                new HttpRequestMethodNotSupportedException("DELETE", Set.of("GET")), request("/api/v1/units")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET");
        assertThat(response.getBody().getProperties()).containsEntry("code", "METHOD_NOT_ALLOWED");
    }

    @Test
    void unexpectedFailureIsAGenericInternalErrorWithoutTheExceptionText() {
        ProblemDetail problem = api(handler.unexpected(new IllegalStateException("SELECT * FROM secret_table"),
                request("/api/v1/units"))).getBody();

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(problem.getDetail()).isEqualTo("系统繁忙，请稍后再试");
        assertThat(problem.toString()).doesNotContain("secret_table");
    }

    @Test
    void responseStatusExceptionKeepsItsStatus() {
        ProblemDetail problem = api(handler.unexpected(
                new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND), request("/api/v1/units/3")))
                .getBody();

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsEntry("code", "NOT_FOUND");
    }

    @Test
    void unexpectedFailureOnAPageRendersTheServerErrorPage() {
        ModelAndView page = (ModelAndView) handler.unexpected(new IllegalStateException("boom"), request("/openness"));

        assertThat(page.getViewName()).isEqualTo("error/500");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(page.getModel().values()).noneMatch(v -> String.valueOf(v).contains("boom"));
    }

    @Test
    void accessDeniedIsLeftToSpringSecurity() {
        AccessDeniedException denied = new AccessDeniedException("no");
        assertThatThrownBy(() -> handler.security(denied)).isSameAs(denied);
    }

    @Test
    void eachStatusHasAFriendlyPage() {
        assertThat(List.of(400, 401, 403, 404, 405, 409, 429, 500, 503).stream()
                .map(s -> ErrorResponses.template(HttpStatus.valueOf(s))).toList())
                .containsExactly("error/400", "error/403", "error/403", "error/404", "error/400", "error/400",
                        "error/429", "error/500", "error/500");
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<ProblemDetail> api(Object response) {
        assertThat(response).isInstanceOf(ResponseEntity.class);
        return (ResponseEntity<ProblemDetail>) response;
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        return request;
    }

    record Form(String name) {
        public String getName() {
            return name;
        }
    }

    @SuppressWarnings("unused")
    private void dated(LocalDate from) {}

    @SuppressWarnings("unused")
    private void counted(int days) {}
}
