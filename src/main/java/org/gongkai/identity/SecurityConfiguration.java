package org.gongkai.identity;

import java.util.List;
import java.util.Map;
import org.gongkai.audit.RefusalLog;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.RateLimits;
import org.gongkai.common.Role;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny by default. Two filter chains: {@code /api/**} is stateless (Bearer API tokens, no session, no
 * CSRF because no cookie authenticates it) and everything else is the page chain (form login with a
 * second factor, database-backed session via Spring Session JDBC, CSRF; a session whose account became unusable
 * ends at its next request, {@link AccountSessionCheck}). In both, the only way in is an
 * {@link AccessRule} that some module declared; every other request is denied.
 *
 * <p>Headers on every response: a CSP without inline script, {@code X-Frame-Options: DENY} plus
 * {@code frame-ancestors 'none'}, {@code nosniff}, a referrer policy, and HSTS — which Spring Security
 * writes only on secure (TLS) requests, so run behind TLS (or a proxy listed in
 * {@code gongkai.network.trusted-proxies} that sets X-Forwarded-Proto) to get it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String API = "/api/**";
    /** Open311 GeoReport v2 (hotline): a machine API, stateless like /api (its POST carries an api_key, no cookie). */
    static final String OPEN311 = "/open311/**";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Identity's own endpoints, plus the platform's error page and health check. */
    @Bean
    AccessRules identityAccessRules() {
        return () -> List.of(
                AccessRule.publicAccess("/login"),
                AccessRule.publicAccess("/login/**"), // the steps check the session's pending sign-in themselves
                AccessRule.publicAccess("/logout"),
                AccessRule.publicAccess("/error"),
                AccessRule.publicAccess(org.springframework.http.HttpMethod.GET, "/actuator/health"),
                AccessRule.staff("/console/identity/password"),
                AccessRule.staff("/console/identity/totp/**"),
                AccessRule.staff("/console/identity/tokens/**"),
                AccessRule.roles("/console/identity/accounts/**", Role.SECURITY_ADMIN),
                AccessRule.staff("/api/v1/identity/me"));
    }

    /**
     * Argon2id (Spring Security's recommended parameters: 16 MiB memory, 2 iterations, random 16-byte salt)
     * because it is memory-hard, so GPU guessing of a stolen hash is far costlier than with BCrypt. The
     * delegating encoder prefixes {@code {argon2}}, so the algorithm can be changed later without
     * invalidating stored hashes; BCrypt hashes are still accepted for migration.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** Where a page request that needed sign-in is remembered, to return there afterwards (clean URLs, no ?continue). */
    @Bean
    RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** Runs before Spring Security so floods never reach the (deliberately slow) password check. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(IdentityProperties properties, ProblemResponses problems,
            LoginFailureBudget budget, RefusalLog refusals, RateLimits limits) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(properties, problems, budget, refusals,
                limits));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Lets {@link RefusalAuditFilter} tell an out-of-scope 404 from a plain one. */
    @Bean
    RefusalAuditFilter.ExceptionObserver refusalExceptionObserver() {
        return new RefusalAuditFilter.ExceptionObserver();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<AccessRules> modules, ApiTokenService identity,
            ProblemResponses problems, RefusalLog refusals) throws Exception {
        http.securityMatcher(API, OPEN311)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .logout(l -> l.disable())
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new RefusalAuditFilter(refusals), SecurityContextHolderFilter.class)
                .addFilterBefore(new BearerTokenFilter(identity, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            RefusalAuditFilter.reason(req, "UNAUTHENTICATED", "no credentials for a protected API");
                            problems.write(res, ErrorCode.UNAUTHENTICATED, ErrorCode.UNAUTHENTICATED.message());
                        })
                        .accessDeniedHandler((req, res, ex) -> {
                            RefusalAuditFilter.reason(req, "ACCESS_DENIED", "no access rule grants it");
                            problems.write(res, ErrorCode.FORBIDDEN, ErrorCode.FORBIDDEN.message());
                        }))
                .authorizeHttpRequests(auth -> {
                    apply(auth, modules);
                    auth.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<AccessRules> modules, LoginHandlers handlers,
            PasswordAuthenticationProvider passwords, SecurityContextRepository contexts, RequestCache requestCache,
            RefusalLog refusals, IdentityService identity, org.gongkai.audit.AuditLog audit) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        http.securityContext(c -> c.securityContextRepository(contexts))
                .addFilterAfter(new RefusalAuditFilter(refusals), SecurityContextHolderFilter.class)
                .addFilterAfter(new AccountSessionCheck(identity, audit), RefusalAuditFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    if (ex instanceof CsrfException) {
                        RefusalAuditFilter.reason(req, "CSRF_REJECTED", "missing or invalid CSRF token");
                    } else {
                        RefusalAuditFilter.reason(req, "ACCESS_DENIED", "no access rule grants it");
                    }
                    denied.handle(req, res, ex);
                }))
                // Our provider alone, without the global parent manager: a refused password is counted once.
                .authenticationManager(new ProviderManager(passwords))
                .requestCache(c -> c.requestCache(requestCache))
                .formLogin(f -> f.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .successHandler(handlers)
                        .failureHandler(handlers))
                .logout(l -> l.logoutUrl("/logout")
                        .addLogoutHandler(handlers)
                        .logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(auth -> {
                    apply(auth, modules);
                    auth.anyRequest().denyAll();
                });
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /**
     * STAFF means a fully signed-in staff member: the principal is an {@link Actor} (someone half-way
     * through the second factor has no authentication at all, so they never pass).
     */
    static final AuthorizationManager<RequestAuthorizationContext> STAFF = (authentication, context) -> {
        var auth = authentication.get();
        return new AuthorizationDecision(auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor);
    };

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            List<AccessRules> modules) {
        for (AccessRule rule : AccessRule.mostSpecificFirst(modules.stream())) {
            var matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
            var authorized = auth.requestMatchers(matcher);
            switch (rule.access()) {
                case PUBLIC -> authorized.permitAll();
                case STAFF -> authorized.access(STAFF);
                case ROLES -> authorized.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
    }
}
