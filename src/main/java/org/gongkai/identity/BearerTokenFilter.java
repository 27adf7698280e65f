package org.gongkai.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer gk_…} personal API tokens on {@code /api/v1/**} (the stateless
 * chain only; not a bean, so it never runs on pages). A presented token that is unknown, expired or
 * revoked is refused with 401 problem JSON even where the endpoint is public: a client should learn its
 * token is dead.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final ApiTokenService identity;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokenService identity, ProblemResponses problems) {
        this.identity = identity;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<AccountPrincipal> principal = identity.authenticateToken(token);
        if (principal.isEmpty()) {
            RefusalAuditFilter.reason(request, "UNAUTHENTICATED", "token unknown, expired, revoked, or its account unusable");
            problems.write(response, ErrorCode.UNAUTHENTICATED, "访问令牌无效、已过期或已撤销");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
