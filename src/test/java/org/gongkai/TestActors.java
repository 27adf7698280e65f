package org.gongkai;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs MockMvc requests in as a given staff member (the principal is an {@link Actor}, as in production). */
public final class TestActors {

    private TestActors() {}

    public record TestActor(long staffId, String username, String displayName, Map<Long, Set<Role>> unitRoles)
            implements Actor {}

    public static RequestPostProcessor as(long staffId, String username, Map<Long, Set<Role>> unitRoles) {
        TestActor actor = new TestActor(staffId, username, username, unitRoles);
        List<SimpleGrantedAuthority> authorities = unitRoles.values().stream()
                .flatMap(Set::stream)
                .distinct()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return authentication(new UsernamePasswordAuthenticationToken(actor, null, authorities));
    }

    public static RequestPostProcessor as(Role role, long unitId) {
        return as(-1, "test-" + role.name().toLowerCase(), Map.of(unitId, Set.of(role)));
    }
}
