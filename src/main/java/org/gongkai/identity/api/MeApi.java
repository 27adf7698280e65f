package org.gongkai.identity.api;

import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: lets an API client check its token. */
@RestController
class MeApi {

    record Me(long staffId, String username, String displayName, List<String> roles) {}

    @GetMapping("/api/v1/identity/me")
    Me me() {
        Actor actor = Actor.require();
        List<String> roles = actor.unitRoles().values().stream().flatMap(Set::stream).distinct().sorted()
                .map(Role::name).toList();
        return new Me(actor.staffId(), actor.username(), actor.displayName(), roles);
    }
}
