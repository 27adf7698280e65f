package org.gongkai.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The backstop for every query parameter and form field, before anything else reads them (security,
 * sessions, controllers): a parameter that the container could not decode (invalid UTF-8, {@code %FF},
 * an encoded lone surrogate), that holds NUL or another control character, or that is longer than any
 * field of the platform allows, is refused with 400 — the Chinese error page, or problem JSON under
 * {@code /api/**} — and nothing behind it runs. Per-field limits (with the message at the field) are the
 * form classes' {@code @Size}; this filter only guarantees that nothing unbounded or undecodable gets in.
 */
class InputBounds extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputBounds.class);

    /** Longer than any declared field (the longest is a document body, 200,000 characters). */
    static final int MAX_VALUE_LENGTH = 250_000;
    static final int MAX_NAME_LENGTH = 200;

    private final ViewResolver views;
    private final GongkaiProperties properties;

    InputBounds(ViewResolver views, GongkaiProperties properties) {
        this.views = views;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = check(request);
        if (refusal != null) {
            log.debug("Refused input on {} {}: {} {}", request.getMethod(), request.getRequestURI(), refusal.code(), refusal.field());
            refuse(request, response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    record Refusal(ErrorCode code, int status, String detail, String field) {}

    static Refusal check(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException undecodable) {
            // Tomcat: InvalidParameterException (bad %-encoding or UTF-8, too many parameters), or a failed
            // multipart parse (a part over the size limit)
            if (tooLarge(undecodable)) {
                return new Refusal(ErrorCode.PAYLOAD_TOO_LARGE, 413, "上传的文件或提交的内容过大", null);
            }
            return new Refusal(ErrorCode.INVALID_CHARACTERS, 400,
                    "请求参数无法识别：请使用 UTF-8 编码，不要包含无效的字符", null);
        }
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            String name = e.getKey();
            if (name.length() > MAX_NAME_LENGTH || invalidAt(name) >= 0) {
                return new Refusal(ErrorCode.INVALID_CHARACTERS, 400, "请求参数的名称无效", null);
            }
            for (String value : e.getValue()) {
                if (value == null) {
                    continue;
                }
                String field = printable(name);
                if (value.length() > MAX_VALUE_LENGTH) {
                    return new Refusal(ErrorCode.TOO_LONG, 400, field + "：内容过长，不能超过" + MAX_VALUE_LENGTH + "个字", field);
                }
                if (invalidAt(value) >= 0) {
                    return new Refusal(ErrorCode.INVALID_CHARACTERS, 400,
                            field + "：包含无效字符（如空字符、控制字符或无法识别的编码）", field);
                }
            }
        }
        return null;
    }

    /**
     * The index of the first character that no text field accepts, or -1: NUL and the other C0 controls
     * except tab, line feed and carriage return; DEL and the C1 controls; the replacement character that
     * marks undecodable input; lone surrogates; the noncharacters U+FFFE and U+FFFF.
     */
    static int invalidAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r'
                    : c >= 0x7f && c <= 0x9f || c == '\ufffd' || c == '\ufffe' || c == '\uffff') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean tooLarge(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException") || name.contains("MaxUploadSize")) {
                return true;
            }
        }
        return false;
    }

    /** A parameter name for a message: only its printable ASCII, at most 50 characters. */
    private static String printable(String name) {
        String clean = name.replaceAll("[^\\x21-\\x7e]", "");
        return clean.length() > 50 ? clean.substring(0, 50) : clean;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        String path = ErrorResponses.path(request);
        response.resetBuffer();
        response.setStatus(refusal.status());
        SecurityHeaders.write(response);
        response.setHeader("Connection", "close");
        if (PlainErrorBodies.isApi(path)) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(PlainErrorBodies.problemJson(refusal.code(), refusal.status(), refusal.detail(),
                    refusal.field(), path.replaceAll("[^\\x21-\\x7e]", "")));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        try {
            View view = views.resolveViewName("error/400", java.util.Locale.SIMPLIFIED_CHINESE);
            if (view != null) {
                view.render(Map.of("status", refusal.status(), "code", refusal.code().name(),
                        "message", refusal.detail(), "signedIn", false), new SafeRequest(request), response);
                return;
            }
        } catch (Exception renderingFailed) {
            log.debug("Error page could not be rendered, writing the plain one", renderingFailed);
            response.resetBuffer();
        }
        response.getWriter().write(PlainErrorBodies.page(refusal.status(), refusal.code(), refusal.detail(),
                properties.siteName()));
    }

    /**
     * The request as the error page sees it: without its (refused) parameters, so that nothing the page
     * reads can trip over them again.
     */
    private static final class SafeRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        SafeRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
