package org.gongkai.common;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The staff member on whose behalf a request runs: identity puts an implementation in the security
 * context; audit and data-scope checks read it through {@link #current()}.
 */
public interface Actor {

    long staffId();

    String username();

    String displayName();

    /** Roles held per unit id. */
    Map<Long, Set<Role>> unitRoles();

    default boolean hasRole(Role role) {
        return unitRoles().values().stream().anyMatch(roles -> roles.contains(role));
    }

    default Set<Long> unitIds() {
        return unitRoles().keySet();
    }

    /** Units in which this actor holds the given role. */
    default Set<Long> unitsWithRole(Role role) {
        return unitRoles().entrySet().stream()
                .filter(e -> e.getValue().contains(role))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The first unit (lowest id) this actor belongs to, used as "the actor's unit" in the audit log. */
    default Optional<Long> primaryUnitId() {
        return unitRoles().keySet().stream().sorted().findFirst();
    }

    static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    static Actor require() {
        return current().orElseThrow(() -> new GongkaiException(ErrorCode.UNAUTHENTICATED));
    }
}
