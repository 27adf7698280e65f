package org.gongkai.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.identity.PasswordAuthenticationProvider.PasswordVerified;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after the password form: on success the remaining steps (TOTP, enrolment, forced password
 * change) or the console; on failure back to the form, which shows the message and the typed username.
 * Also audits sign-out.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final LoginFlow flow;
    private final AuditLog audit;
    private final LoginFailureBudget budget;

    LoginHandlers(LoginFlow flow, AuditLog audit, LoginFailureBudget budget) {
        this.flow = flow;
        this.audit = audit;
        this.budget = budget;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        List<LoginStep> steps = authentication.getDetails() instanceof PasswordVerified v ? v.steps() : List.of();
        response.sendRedirect(flow.passwordVerified(request, response, principal, steps));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        budget.failed(request.getRemoteAddr());
        flow.refuse(request, exception.getMessage(), request.getParameter("username"));
        response.sendRedirect("/login?error");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal p) {
            audit.success("LOGOUT", "Account", p.staffId(), null);
        }
    }
}
