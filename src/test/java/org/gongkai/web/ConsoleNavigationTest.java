package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gongkai.common.AccessRule;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;

class ConsoleNavigationTest {

    // already ordered most specific first, as the security configuration orders them
    private final List<AccessRule> rules = List.of(
            AccessRule.roles("/console/organisation/units/**", Role.SYSTEM_ADMIN),
            AccessRule.staff("/console/identity/password"),
            AccessRule.roles("/console/audit/**", Role.AUDIT_ADMIN),
            AccessRule.roles("/console/audit", Role.AUDIT_ADMIN));

    @Test
    void showsASectionOnlyToRolesItsRuleAdmits() {
        Set<String> auditor = Set.of(Role.AUDIT_ADMIN.authority());

        assertThat(ConsoleNavigation.mayOpen(rules, "/console/audit", auditor)).isTrue();
        assertThat(ConsoleNavigation.mayOpen(rules, "/console/organisation/units", auditor)).isFalse();
        assertThat(ConsoleNavigation.mayOpen(rules, "/console/identity/password", auditor)).isTrue();
    }

    @Test
    void hidesSectionsNoRuleCovers() {
        assertThat(ConsoleNavigation.mayOpen(rules, "/console/calendar", Set.of(Role.SYSTEM_ADMIN.authority())))
                .isFalse();
    }
}
