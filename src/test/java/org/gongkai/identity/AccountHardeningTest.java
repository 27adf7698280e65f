package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.gongkai.identity.IdentityFixtures.Person;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #8 class 5: a locked, disabled or expired account's API tokens stop at once; the security admin sees
 * locked accounts and recent lockouts and unlocks (audited); a source failing against many accounts is
 * throttled before it can lock them all.
 */
@IntegrationTest
class AccountHardeningTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired ApiTokenService tokens;
    @Autowired LoginFailureBudget budget;
    @Autowired IdentityProperties properties;
    @Autowired OrganisationService organisation;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(organisation, units, identity);
    }

    int me(String token) throws Exception {
        return mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
    }

    void lock(Person person) {
        for (int i = 0; i < properties.maxFailedAttempts(); i++) {
            identity.verifyPassword(person.username(), "Wrong-password-" + i);
        }
    }

    @Test
    void aLockedAccountsTokenStopsAtOnceAndWorksAgainAfterUnlock() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        String token = tokens.issueToken(editor.staffId(), "脚本", 30).token();
        assertThat(me(token)).isEqualTo(200);
        lock(editor);
        assertThat(me(token)).isEqualTo(401);

        String page = mvc.perform(get("/console/identity/accounts").with(as(Role.SECURITY_ADMIN, 1L)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"locked-accounts\"").contains("id=\"recent-lockouts\"").contains(editor.username());

        mvc.perform(post("/console/identity/accounts/" + editor.staffId() + "/unlock").with(csrf())
                .with(as(-1, "secadmin-unlock", java.util.Map.of(1L, java.util.Set.of(Role.SECURITY_ADMIN)))));
        assertThat(me(token)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCOUNT_UNLOCKED' AND object_id = ?"
                + " AND actor = 'secadmin-unlock'").param(String.valueOf(editor.staffId())).query(Long.class).single())
                .isEqualTo(1);
        assertThat(identity.recentLockouts(java.time.Duration.ofDays(1)))
                .anyMatch(l -> l.staffId() == editor.staffId() && "secadmin-unlock".equals(l.unlockedBy()));
    }

    @Test
    void aDisabledStaffMembersTokenStopsAtOnce() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        String token = tokens.issueToken(editor.staffId(), "脚本", 30).token();
        assertThat(me(token)).isEqualTo(200);
        fixtures.deactivate(editor);
        assertThat(me(token)).isEqualTo(401);
    }

    @Test
    void anExpiredOrResetPasswordStopsTheTokensUntilChanged() throws Exception {
        Person admin = fixtures.person(Role.SECURITY_ADMIN, true);
        String token = tokens.issueToken(admin.staffId(), "脚本", 30).token();
        assertThat(me(token)).isEqualTo(200);
        jdbc.sql("UPDATE identity_account SET password_changed_at = ? WHERE staff_id = ?")
                .params(OffsetDateTime.now(clock).minusDays(200), admin.staffId()).update();
        assertThat(me(token)).isEqualTo(401);

        Person editor = fixtures.person(Role.EDITOR, false);
        String other = tokens.issueToken(editor.staffId(), "脚本", 30).token();
        identity.resetPassword(editor.staffId(), "Reset-Pass-91", "Reset-Pass-91");
        assertThat(me(other)).isEqualTo(401);
        identity.changePassword(editor.staffId(), "Reset-Pass-91", "Changed-Pass-92", "Changed-Pass-92");
        assertThat(me(other)).isEqualTo(200);
    }

    @Test
    void aSourceFailingAgainstManyAccountsIsThrottledBeforeLockingThem() throws Exception {
        String source = "198.51.100.222";
        Person victim = fixtures.person(Role.EDITOR, false);
        for (int i = 0; i < properties.sourceFailureLimit(); i++) {
            budget.failed(source); // failures against other accounts from the same address
        }
        int status = mvc.perform(post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr(source);
            return r;
        }).param("username", victim.username()).param("password", "Wrong-password-x")).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(429);
        assertThat(jdbc.sql("SELECT failed_attempts FROM identity_account WHERE staff_id = ?")
                .param(victim.staffId()).query(Integer.class).single()).isZero();
        // another address is not affected
        int other = mvc.perform(post("/login").with(csrf()).with(r -> {
            r.setRemoteAddr("198.51.100.223");
            return r;
        }).param("username", victim.username()).param("password", victim.password())).andReturn().getResponse().getStatus();
        assertThat(other).isEqualTo(302);
    }

    @Test
    void failedSignInsFillTheSourceBudget() throws Exception {
        Browser browser = new Browser(mvc);
        Person a = fixtures.person(Role.EDITOR, false);
        browser.perform(post("/login").with(csrf()).param("username", a.username()).param("password", "Wrong-1"));
        browser.perform(post("/login").with(csrf()).param("username", "nobody-" + a.username()).param("password", "Wrong-2"));
        String source = browser.perform(get("/login")).getRequest().getRemoteAddr();
        for (int i = 2; i < properties.sourceFailureLimit(); i++) {
            budget.failed(source);
        }
        assertThat(budget.exhausted(source)).isTrue();
    }
}
