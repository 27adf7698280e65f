package org.gongkai.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session at its next request once its account can no longer act — locked (by the lockout
 * policy), its staff member disabled, its password expired or reset by an administrator — just as the account's
 * API tokens are refused: the session is invalidated (Spring Session removes it from the database), the end is
 * audited with the reason ({@code SESSION_ENDED}), and the request goes on anonymous, so a console page sends the
 * user to sign in and the sign-in refuses or asks for the new password. Sits in the page chain right after the
 * security context is loaded; static files are not checked (they need no account and should not load the session).
 */
class AccountSessionCheck extends OncePerRequestFilter {

    private final IdentityService identity;
    private final AuditLog audit;

    AccountSessionCheck(IdentityService identity, AuditLog audit) {
        this.identity = identity;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/images/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<String> unusable = identity.unusableBecause(principal.staffId());
            if (unusable.isPresent()) {
                audit.recordAs(principal.username(), "SESSION_ENDED", "Account", String.valueOf(principal.staffId()),
                        AuditLog.Outcome.SUCCESS, unusable.get() + "; the signed-in session was ended");
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
