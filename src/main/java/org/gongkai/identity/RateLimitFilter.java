package org.gongkai.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.RefusalLog;
import org.gongkai.audit.RefusalLog.Refusal;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.RateLimits;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses sign-in steps from a source address whose {@link LoginFailureBudget} is used up, and rate-limits POSTs to the path patterns of {@code gongkai.identity.rate-limited-paths} per source
 * address (one bucket per pattern and address; token bucket, {@code rate-limit-per-minute}). Any module
 * protects a public form by adding its pattern to that setting. The buckets and the budget are kept in the database
 * ({@link RateLimits}), so they hold across every instance. Over the limit: 429 with
 * {@link ErrorCode#RATE_LIMITED} — problem JSON under {@code /api}, the Chinese error page otherwise.
 * The source address is the request's remote address as resolved once by the web module's client-address
 * filter (X-Forwarded-For counts only from {@code gongkai.network.trusted-proxies}).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final List<PathPattern> patterns;
    private final int perMinute;
    private final ProblemResponses problems;
    private final LoginFailureBudget budget;
    private final RefusalLog refusals;
    private final long budgetWindowSeconds;
    private final RateLimits limits;

    RateLimitFilter(IdentityProperties properties, ProblemResponses problems, LoginFailureBudget budget,
            RefusalLog refusals, RateLimits limits) {
        this.limits = limits;
        this.budget = budget;
        this.refusals = refusals;
        this.budgetWindowSeconds = properties.sourceFailureWindow().toSeconds();
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.patterns = properties.rateLimitedPaths().stream().map(parser::parse).toList();
        this.perMinute = properties.rateLimitPerMinute();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PathPattern> limited = patterns.stream()
                .filter(p -> p.matches(PathContainer.parsePath(path)))
                .findFirst();
        String source = request.getRemoteAddr();
        if ((path.equals("/login") || path.startsWith("/login/")) && budget.exhausted(source)) {
            refuse(request, response, path, budgetWindowSeconds, "too many failed sign-ins from this address (any account)");
            return;
        }
        if (limited.isPresent() && !limits.tryConsume("post " + limited.get().getPatternString(), source, perMinute)) {
            refuse(request, response, path, 60, "rate limit of " + limited.get().getPatternString());
            return;
        }
        chain.doFilter(request, response);
    }

    /** 429, recorded as a refusal (this filter runs before the security chains, so it records its own). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, long retryAfter,
            String reason) throws IOException {
        refusals.refused(Refusal.of("RATE_LIMITED", reason).from(request.getRemoteAddr(), request.getMethod() + " " + path));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        if (path.startsWith("/api/")) {
            problems.write(response, ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.message());
        } else {
            response.sendError(ErrorCode.RATE_LIMITED.status().value(), ErrorCode.RATE_LIMITED.message());
        }
    }
}
