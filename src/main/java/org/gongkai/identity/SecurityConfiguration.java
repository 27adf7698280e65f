package org.gongkai.identity;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Deny by default. Two filter chains: {@code /api/**} is stateless (Bearer API tokens, no session, no
 * CSRF because no cookie authenticates it) and everything else is the page chain (form login,
 * database-backed session, CSRF). In both, the only way in is an {@link AccessRule} that some module
 * declared; every other request is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String API = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<AccessRules> modules) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(auth -> {
                    apply(auth, modules);
                    auth.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<AccessRules> modules) throws Exception {
        http.authorizeHttpRequests(auth -> {
            apply(auth, modules);
            auth.anyRequest().denyAll();
        });
        return http.build();
    }

    /**
     * The first matching rule wins, so rules from all modules are ordered most specific first: longer
     * literal prefix first, then method-specific before any-method.
     */
    static List<AccessRule> ordered(List<AccessRules> modules) {
        return modules.stream()
                .flatMap(m -> m.rules().stream())
                .sorted(java.util.Comparator.comparingInt((AccessRule r) -> -literalPrefix(r.pattern()).length())
                        .thenComparing(r -> r.method() == null))
                .toList();
    }

    static String literalPrefix(String pattern) {
        int cut = pattern.length();
        for (char c : new char[] {'*', '{', '?'}) {
            int i = pattern.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return pattern.substring(0, cut);
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            List<AccessRules> modules) {
        for (AccessRule rule : ordered(modules)) {
            {
                var matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
                var authorized = auth.requestMatchers(matcher);
                switch (rule.access()) {
                    case PUBLIC -> authorized.permitAll();
                    case STAFF -> authorized.authenticated();
                    case ROLES -> authorized.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
                }
            }
        }
    }
}
