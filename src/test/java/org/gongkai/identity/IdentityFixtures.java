package org.gongkai.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.Role;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.StaffDetails;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates staff with accounts for identity tests, through the real organisation and identity services. */

class IdentityFixtures {

    record Person(long staffId, String username, String password, String totpSecret) {}

    private final OrganisationService organisation;
    private final UnitDirectory units;
    private final IdentityService identity;

    IdentityFixtures(OrganisationService organisation, UnitDirectory units, IdentityService identity) {
        this.organisation = organisation;
        this.units = units;
        this.identity = identity;
    }

    /** A new staff member holding {@code role} with a ready account (TOTP enrolled when {@code totp}). */
    Person person(Role role, boolean totp) {
        long unit = units.findAll().get(0).id();
        var admin = new TestActor(-1, "fixture-admin", "fixture-admin",
                Map.of(unit, Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)));
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            long id = organisation.createStaff(new StaffDetails(username, "测试" + username, null, true, Set.of(unit)))
                    .id();
            organisation.grantRole(id, unit, role);
            String password = PasswordPolicy.randomStrongPassword();
            String secret = totp ? Totp.newSecret() : null;
            identity.provision(id, password, secret);
            return new Person(id, username, password, secret);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Deactivates a staff member (organisation's update, as a system administrator would). */
    void deactivate(Person person) {
        long unit = units.findAll().get(0).id();
        var admin = new TestActor(-1, "fixture-admin", "fixture-admin", Map.of(unit, Set.of(Role.SYSTEM_ADMIN)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, List.of()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            organisation.updateStaff(person.staffId(),
                    new StaffDetails(person.username(), "测试" + person.username(), null, false, Set.of(unit)));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
