package org.gongkai.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.gongkai.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Replaces Tomcat's English error report for errors raised inside the container before the application
 * sees the request — an encoded slash or NUL in the path, a request line or headers over the size limit, a
 * malformed request — with the platform's answer: problem JSON under {@code /api/**}, a small Chinese page
 * elsewhere, both with the security headers. Errors the application handles itself never get here.
 */
class ContainerErrorReport extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);

    private final String siteName;

    ContainerErrorReport(String siteName) {
        this.siteName = siteName;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (status >= 500 && throwable != null) {
            log.error("Container error {} on {}", status, safePath(request), throwable);
        }
        HttpStatus known = HttpStatus.resolve(status);
        ErrorCode code = known == null ? ErrorCode.MALFORMED_REQUEST : ErrorResponses.codeFor(known);
        String path = safePath(request);
        try {
            response.resetBuffer();
            response.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            SecurityHeaders.write(response);
            String body;
            if (PlainErrorBodies.isApi(path)) {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                body = PlainErrorBodies.problemJson(code, status, message(status, code), null, path.isEmpty() ? null : path);
            } else {
                response.setContentType("text/html;charset=UTF-8");
                response.setCharacterEncoding("UTF-8");
                body = PlainErrorBodies.page(status, code, message(status, code), siteName);
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error report", e);
        }
    }

    private static String message(int status, ErrorCode code) {
        if (status == HttpServletResponse.SC_BAD_REQUEST) {
            return "请求无法识别：网址或请求头中含有不允许的字符（如编码的斜杠或空字符），或者网址、请求头过长";
        }
        return code.message();
    }

    /** The path asked for, as far as the container understood it: printable ASCII only, or "". */
    private static String safePath(Request request) {
        String uri = null;
        try {
            uri = request.getRequestURI();
        } catch (RuntimeException unparsed) {
            // the request line itself could not be read
        }
        if (uri == null) {
            return "";
        }
        String clean = uri.replaceAll("[^\\x21-\\x7e]", "");
        return clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
