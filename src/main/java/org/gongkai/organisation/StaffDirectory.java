package org.gongkai.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Role;

/** Organisation's published read port for staff: identity uses it to sign people in. */
public interface StaffDirectory {

    /**
     * A staff member as other modules see them.
     *
     * @param unitRoles roles per unit id
     * @param active    false when the staff member has left or was disabled: they cannot sign in
     */
    record StaffView(long id, String username, String displayName, Map<Long, Set<Role>> unitRoles, boolean active) {}

    Optional<StaffView> findByUsername(String username);

    Optional<StaffView> findById(long id);

    List<StaffView> findAll();
}
