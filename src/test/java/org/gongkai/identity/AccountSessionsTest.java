package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
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
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue #8 class 5: an account that is locked (by the lockout policy), disabled or whose password expired or was
 * reset loses its signed-in sessions at once, like its API tokens: the next request of every one of its sessions
 * (two browsers here, each with its own Spring Session in the database) lands on the sign-in page, the sessions
 * are gone from the database, and the end is audited with the reason. Other people's sessions go on.
 */
@IntegrationTest
class AccountSessionsTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired IdentityProperties properties;
    @Autowired OrganisationService organisation;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(organisation, units, identity);
    }

    /** A browser signed in as {@code person} (password only: an editor needs no second factor). */
    Browser signedIn(Person person) throws Exception {
        Browser browser = new Browser(mvc);
        MvcResult result = browser.perform(post("/login").with(csrf()).param("username", person.username())
                .param("password", person.password()));
        assertThat(Browser.location(result)).isEqualTo("/console");
        assertThat(console(browser)).as("signed in").isEqualTo(200);
        return browser;
    }

    static int console(Browser browser) throws Exception {
        return browser.perform(get("/console")).getResponse().getStatus();
    }

    static String consoleRedirect(Browser browser) throws Exception {
        return Browser.location(browser.perform(get("/console/catalogue")));
    }

    long sessionsOf(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?").param(person.username())
                .query(Long.class).single();
    }

    String sessionEndReasons(Person person) {
        return String.join(" | ", jdbc.sql("SELECT detail FROM audit_record WHERE action = 'SESSION_ENDED' AND object_id = ?"
                + " ORDER BY seq").param(String.valueOf(person.staffId())).query(String.class).list());
    }

    void assertBothSessionsEnded(Person person, Browser first, Browser second, String reason) throws Exception {
        assertThat(consoleRedirect(first)).as("first session's next request").endsWith("/login");
        assertThat(consoleRedirect(second)).as("second session's next request").endsWith("/login");
        assertThat(console(first)).as("and stays signed out").isEqualTo(302);
        assertThat(sessionsOf(person)).as("sessions removed from the database").isZero();
        assertThat(sessionEndReasons(person)).contains(reason);
    }

    @Test
    void lockingAnAccountEndsAllItsSessionsAtOnceAndLeavesOthersAlone() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Person colleague = fixtures.person(Role.EDITOR, false);
        Browser first = signedIn(editor);
        Browser second = signedIn(editor);
        Browser other = signedIn(colleague);
        assertThat(sessionsOf(editor)).isEqualTo(2);

        for (int i = 0; i < properties.maxFailedAttempts(); i++) { // the lockout policy locks it
            identity.verifyPassword(editor.username(), "Wrong-password-" + i);
        }
        assertBothSessionsEnded(editor, first, second, "account locked until");
        assertThat(console(other)).as("a colleague's session goes on").isEqualTo(200);

        // unlocked by the security admin: signing in again works, and the new session lives
        mvc.perform(post("/console/identity/accounts/" + editor.staffId() + "/unlock").with(csrf())
                .with(as(-1, "secadmin-sessions", Map.of(1L, Set.of(Role.SECURITY_ADMIN)))));
        assertThat(console(signedIn(editor))).isEqualTo(200);
    }

    @Test
    void disablingAStaffMemberEndsTheirSessions() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser first = signedIn(editor);
        Browser second = signedIn(editor);
        fixtures.deactivate(editor);
        assertBothSessionsEnded(editor, first, second, "staff member disabled");
    }

    @Test
    void aPasswordResetByTheSecurityAdminEndsTheSessions() throws Exception {
        Person reset = fixtures.person(Role.EDITOR, false);
        Browser first = signedIn(reset);
        Browser second = signedIn(reset);
        identity.resetPassword(reset.staffId(), "Reset-Pass-91", "Reset-Pass-91");
        assertBothSessionsEnded(reset, first, second, "password reset by an administrator");
    }

    @Test
    void anAdministratorsExpiredPasswordEndsTheSession() throws Exception {
        Person admin = fixtures.person(Role.SECURITY_ADMIN, true);
        Browser browser = new Browser(mvc);
        browser.perform(post("/login").with(csrf()).param("username", admin.username()).param("password", admin.password()));
        String code = Totp.code(admin.totpSecret(), clock.instant());
        assertThat(Browser.location(browser.perform(post("/login/totp").with(csrf()).param("code", code))))
                .isEqualTo("/console");
        assertThat(console(browser)).isEqualTo(200);

        jdbc.sql("UPDATE identity_account SET password_changed_at = ? WHERE staff_id = ?")
                .params(OffsetDateTime.now(clock).minus(properties.passwordMaxAge()).minusDays(1), admin.staffId())
                .update();
        assertThat(consoleRedirect(browser)).endsWith("/login");
        assertThat(sessionsOf(admin)).isZero();
        assertThat(sessionEndReasons(admin)).contains("password expired");
    }
}
