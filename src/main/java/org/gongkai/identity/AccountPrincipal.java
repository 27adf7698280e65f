package org.gongkai.identity;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory.StaffView;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in staff member: the principal of every fully authenticated session or API token. It is
 * stored in the database-backed session, hence serializable.
 */
public record AccountPrincipal(long staffId, String username, String displayName, Map<Long, Set<Role>> unitRoles)
        implements Actor, AuthenticatedPrincipal, Serializable {

    public AccountPrincipal {
        Map<Long, Set<Role>> copy = new HashMap<>();
        unitRoles.forEach((unit, roles) -> copy.put(unit, Set.copyOf(roles)));
        unitRoles = Map.copyOf(copy);
    }

    static AccountPrincipal of(StaffView staff) {
        return new AccountPrincipal(staff.id(), staff.username(), staff.displayName(), staff.unitRoles());
    }

    /** {@link Role#authority()} of every role held in any unit. */
    public List<GrantedAuthority> authorities() {
        return unitRoles.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .sorted()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getName() {
        return username;
    }
}
