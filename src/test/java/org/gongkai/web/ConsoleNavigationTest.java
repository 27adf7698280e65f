package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.gongkai.web.ConsoleMenuContribution.Item;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.TestingAuthenticationToken;

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

    @Test
    void assemblesTheMenuFromTheModulesContributionsInTheirOrderAndShowsOnlyWhatTheRulesAdmit() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("auditMenu", (ConsoleMenuContribution) () -> List.of(new Item("审计日志", "/console/audit", 600)));
        beans.registerSingleton("identityMenu", (ConsoleMenuContribution) () -> List.of(
                new Item("修改密码", "/console/identity/password", 420),
                new Item("组织机构", "/console/organisation/units", 300)));
        beans.registerSingleton("rules", (AccessRules) () -> rules);
        ConsoleNavigation navigation = new ConsoleNavigation(beans.getBeanProvider(AccessRules.class),
                beans.getBeanProvider(ConsoleMenuContribution.class));

        assertThat(navigation.sections()).extracting(ConsoleNavigation.Link::href)
                .containsExactly("/console/organisation/units", "/console/identity/password", "/console/audit");
        assertThat(navigation.linksFor(new TestingAuthenticationToken("auditor", null, Role.AUDIT_ADMIN.authority())))
                .extracting(ConsoleNavigation.Link::label).containsExactly("修改密码", "审计日志");
        assertThat(navigation.linksFor(null)).isEmpty();
    }
}
