package org.gongkai.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of a response written outside Spring Security's filter chain: by {@link InputBounds}
 * (which runs before the chain) and by the container's {@link ContainerErrorReport}. The same values as
 * identity's {@code SecurityConfiguration}; {@code ContainerErrorPagesTest} compares them with a normal page.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void write(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
    }
}
