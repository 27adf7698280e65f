package org.gongkai.common;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One explicit access rule for a group of endpoints. Every module declares the rules for its own
 * endpoints as an {@link AccessRules} bean; identity turns them into the security filter chain and
 * denies everything else. A test fails when a mapped endpoint is covered by no rule.
 *
 * @param method  HTTP method, or null for any
 * @param pattern a path pattern (Spring {@code PathPattern} syntax, e.g. {@code /console/units/**})
 * @param access  who may call it
 * @param roles   for {@link Access#ROLES}: any one of these suffices
 */
public record AccessRule(HttpMethod method, String pattern, Access access, Set<Role> roles) {

    public enum Access {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Any signed-in staff member (the handler still applies data scope). */
        STAFF,
        /** Signed-in staff holding one of {@code roles} in some unit. */
        ROLES
    }

    public static AccessRule publicAccess(String pattern) {
        return new AccessRule(null, pattern, Access.PUBLIC, Set.of());
    }

    public static AccessRule publicAccess(HttpMethod method, String pattern) {
        return new AccessRule(method, pattern, Access.PUBLIC, Set.of());
    }

    public static AccessRule staff(String pattern) {
        return new AccessRule(null, pattern, Access.STAFF, Set.of());
    }

    public static AccessRule roles(String pattern, Role... roles) {
        return new AccessRule(null, pattern, Access.ROLES, Set.of(roles));
    }

    public static AccessRule roles(HttpMethod method, String pattern, Role... roles) {
        return new AccessRule(method, pattern, Access.ROLES, Set.of(roles));
    }

    /**
     * All modules' rules in the order the security filter chain applies them: the first matching rule wins,
     * so the most specific come first — longer literal prefix first, then method-specific before any-method.
     */
    public static List<AccessRule> mostSpecificFirst(java.util.stream.Stream<AccessRules> modules) {
        return modules.flatMap(m -> m.rules().stream())
                .sorted(java.util.Comparator.comparingInt((AccessRule r) -> -literalPrefix(r.pattern()).length())
                        .thenComparing(r -> r.method() == null))
                .toList();
    }

    /** The part of a pattern before its first wildcard or variable. */
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

    /** A module's rules, contributed as a bean. */
    public interface AccessRules {
        List<AccessRule> rules();
    }
}
