package org.gongkai.common;

import java.util.Map;
import java.util.Set;

/**
 * The system acting with the roles it needs in named units (username {@code system}, no staff record): the demo
 * loaders write through the same commands, access rules and audit as staff do, under a name that says who wrote it
 * (e.g. 示例公报).
 */
public record SystemActor(String displayName, Map<Long, Set<Role>> unitRoles) implements Actor {

    public SystemActor {
        unitRoles = Map.copyOf(unitRoles);
    }

    @Override
    public long staffId() {
        return 0;
    }

    @Override
    public String username() {
        return "system";
    }
}
