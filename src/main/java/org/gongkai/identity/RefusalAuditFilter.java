package org.gongkai.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.audit.RefusalLog;
import org.gongkai.audit.RefusalLog.Refusal;
import org.gongkai.common.GongkaiException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sits in both security chains right after the security context is loaded and, when the request has been
 * answered, hands every refusal to the {@link RefusalLog}: 403 (access rules, a service's FORBIDDEN), CSRF
 * rejections, 401 on the API, 429, and a 404 that was an {@link GongkaiException#outOfScope out-of-scope}
 * record. The actor is the one in the security context, the source the resolved client address. Refusals a
 * command already recorded are not counted twice.
 */
class RefusalAuditFilter extends OncePerRequestFilter {

    /** Request attribute: the refusal kind and reason set by the handler that refused ({@code String[2]}). */
    static final String REASON = RefusalAuditFilter.class.getName() + ".REASON";
    /** Request attribute: the {@link GongkaiException} the MVC layer answered with. */
    static final String EXCEPTION = RefusalAuditFilter.class.getName() + ".EXCEPTION";

    private final RefusalLog refusals;

    RefusalAuditFilter(RefusalLog refusals) {
        this.refusals = refusals;
    }

    static void reason(HttpServletRequest request, String kind, String reason) {
        request.setAttribute(REASON, new String[] {kind, reason});
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        Refusal refusal = refusal(request, response.getStatus());
        if (refusal != null) {
            refusals.refused(refusal.from(request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI()));
        }
    }

    static Refusal refusal(HttpServletRequest request, int status) {
        GongkaiException e = request.getAttribute(EXCEPTION) instanceof GongkaiException g ? g : null;
        if (e != null && e.refusalRecorded()) {
            return null;
        }
        if (request.getAttribute(REASON) instanceof String[] given) {
            return Refusal.of(given[0], given[1]);
        }
        if (e != null && e.isOutOfScope()) {
            return Refusal.of("OUT_OF_SCOPE", "record outside the data scope (answered 404)")
                    .on(e.scopeObjectType(), e.scopeObjectId());
        }
        String why = e == null ? "HTTP " + status : e.code().name() + ": " + e.getMessage();
        return switch (status) {
            case 401 -> Refusal.of("UNAUTHENTICATED", why);
            case 403 -> Refusal.of("ACCESS_DENIED", why);
            case 429 -> Refusal.of("RATE_LIMITED", why);
            default -> null;
        };
    }

    /**
     * Notes the {@link GongkaiException} a controller threw before the one exception handler renders it,
     * so that the filter knows an out-of-scope 404 from a plain one. Resolves nothing itself.
     */
    static class ExceptionObserver implements HandlerExceptionResolver, org.springframework.core.Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception ex) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof GongkaiException g) {
                    request.setAttribute(EXCEPTION, g);
                    break;
                }
            }
            return null;
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }
}
