package org.gongkai.organisation;

import java.util.Map;
import java.util.Set;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Role;

/**
 * A staff member (工作人员). {@code mobile} is the decrypted value; it is stored SM4-encrypted and shown
 * masked in lists ({@link #maskedMobile()}).
 *
 * @param unitRoles units the staff member belongs to, each with the roles held there (possibly none)
 */
public record Staff(Long id, String username, String displayName, String mobile, boolean active,
        Map<Long, Set<Role>> unitRoles) {

    public String maskedMobile() {
        return PersonalData.maskMobile(mobile);
    }

    StaffDirectory.StaffView view() {
        return new StaffDirectory.StaffView(id, username, displayName, unitRoles, active);
    }
}
