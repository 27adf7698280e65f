package org.gongkai.organisation;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;

/**
 * 三员分立 (RULES §8): one person may hold at most one of the system, security and audit administrator
 * roles, in any unit. Holding the same administrator role in several units is allowed.
 */
public final class AdministratorSeparationPolicy {

    private AdministratorSeparationPolicy() {}

    /**
     * The refusal for granting {@code granted} to someone who already holds {@code held} (in any units), or
     * empty when allowed.
     */
    public static Optional<GongkaiException> refusal(Collection<Role> held, Role granted) {
        if (!granted.isAdministrator()) {
            return Optional.empty();
        }
        Set<Role> otherAdmin = held.stream()
                .filter(Role::isAdministrator)
                .filter(r -> r != granted)
                .collect(Collectors.toSet());
        if (otherAdmin.isEmpty()) {
            return Optional.empty();
        }
        String already = otherAdmin.stream().map(Role::label).sorted().collect(Collectors.joining("、"));
        return Optional.of(new GongkaiException(ErrorCode.ROLE_CONFLICT,
                "该人员已是" + already + "，不能再授予" + granted.label() + "：系统管理员、安全管理员、审计管理员不能由同一人兼任",
                "role"));
    }

    public static void enforce(Collection<Role> held, Role granted) {
        Optional<GongkaiException> refusal = refusal(held, granted);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }
}
