package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestClock;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.identity.IdentityFixtures.Person;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Sign-in end to end through MockMvc and the real database: password, second factor, lockout, sessions. */
@IntegrationTest
@TestPropertySource(properties = "gongkai.identity.rate-limited-paths=/login,/login/**,/api/v1/identity/limited")
class LoginIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisation;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired GongkaiProperties gongkai;
    @Autowired ObjectMapper json;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}") String datasourceUrl;

    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(organisation, units, identity);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MvcResult submitPassword(Browser browser, String username, String password) throws Exception {
        return browser.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    String code(String secret) {
        clock.advance(Duration.ofSeconds(31)); // a fresh time step: codes are single-use
        return Totp.code(secret, clock.instant());
    }

    String refusalShown(Browser browser) throws Exception {
        return browser.perform(get("/login").param("error", "")).getResponse().getContentAsString();
    }

    @Test
    void staffWithoutTotpReachesTheConsoleWithPasswordAlone() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, editor.username(), editor.password()))).isEqualTo("/console");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void administratorNeedsTheSecondFactorBeforeTheConsoleOpens() throws Exception {
        Person admin = fixtures.person(Role.SYSTEM_ADMIN, true);
        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, admin.username(), admin.password()))).isEqualTo("/login/totp");

        MvcResult denied = browser.perform(get("/console"));
        assertThat(denied.getResponse().getStatus()).isEqualTo(302);
        assertThat(Browser.location(denied)).endsWith("/login");
        assertThat(browser.perform(get("/console/identity/password")).getResponse().getStatus()).isEqualTo(302);

        MvcResult wrong = browser.perform(post("/login/totp").with(csrf()).param("code", "000000"));
        assertThat(wrong.getResponse().getContentAsString()).contains("验证码不正确");

        MvcResult passed = browser.perform(post("/login/totp").with(csrf()).param("code", code(admin.totpSecret())));
        assertThat(Browser.location(passed)).as("back to the page asked for last").endsWith("/console/identity/password");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void administratorWithoutTotpMustEnrolAndSeesRecoveryCodesOnce() throws Exception {
        Person admin = fixtures.person(Role.AUDIT_ADMIN, false);
        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, admin.username(), admin.password())))
                .isEqualTo("/login/totp/enrol");
        String page = browser.perform(get("/login/totp/enrol")).getResponse().getContentAsString();
        assertThat(page).contains("otpauth://totp/");
        String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
        assertThat(secret).matches("[A-Z2-7]{32}");

        MvcResult done = browser.perform(post("/login/totp/enrol").with(csrf()).param("code", code(secret)));
        String codes = done.getResponse().getContentAsString();
        assertThat(codes).containsPattern("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(200);
        assertThat(identity.state(admin.staffId()).orElseThrow().totpEnabled()).isTrue();
    }

    @Test
    void recoveryCodeWorksOnlyOnce() throws Exception {
        Person admin = fixtures.person(Role.SECURITY_ADMIN, true);
        List<String> codes = identity.regenerateRecoveryCodes(admin.staffId());

        Browser first = new Browser(mvc);
        submitPassword(first, admin.username(), admin.password());
        assertThat(Browser.location(first.perform(post("/login/totp").with(csrf()).param("code", codes.get(0)))))
                .endsWith("/console");

        Browser second = new Browser(mvc);
        submitPassword(second, admin.username(), admin.password());
        MvcResult again = second.perform(post("/login/totp").with(csrf()).param("code", codes.get(0)));
        assertThat(again.getResponse().getContentAsString()).contains("验证码不正确");
        assertThat(identity.state(admin.staffId()).orElseThrow().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameMessage() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser a = new Browser(mvc);
        assertThat(Browser.location(submitPassword(a, editor.username(), "Wrong-password-1"))).isEqualTo("/login?error");
        String wrongPassword = refusalShown(a);
        Browser b = new Browser(mvc);
        assertThat(Browser.location(submitPassword(b, "nobody-" + editor.username(), "Wrong-password-1")))
                .isEqualTo("/login?error");
        String unknownUser = refusalShown(b);
        assertThat(wrongPassword).contains("用户名或密码错误").contains("value=\"" + editor.username() + "\"");
        assertThat(unknownUser).contains("用户名或密码错误");
    }

    @Test
    void inactiveStaffCannotSignIn() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        fixtures.deactivate(editor);
        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, editor.username(), editor.password()))).isEqualTo("/login?error");
        assertThat(refusalShown(browser)).contains("用户名或密码错误");
    }

    @Test
    void locksAccountAfterFiveFailuresAndUnlocksAfterThirtyMinutes() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser browser = new Browser(mvc);
        for (int i = 0; i < 4; i++) {
            submitPassword(browser, editor.username(), "Wrong-password-" + i);
            assertThat(refusalShown(browser)).contains("用户名或密码错误");
        }
        submitPassword(browser, editor.username(), "Wrong-password-5");
        assertThat(refusalShown(browser)).contains("账户已锁定").contains("自动解锁");

        // Even the right password is refused while locked.
        assertThat(Browser.location(submitPassword(browser, editor.username(), editor.password()))).isEqualTo("/login?error");
        assertThat(refusalShown(browser)).contains("账户已锁定");

        clock.advance(Duration.ofMinutes(31));
        assertThat(Browser.location(submitPassword(browser, editor.username(), editor.password()))).isEqualTo("/console");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCOUNT_LOCKED' AND actor = ?")
                .param(editor.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sessionIsStoredInTheDatabase() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser browser = new Browser(mvc);
        submitPassword(browser, editor.username(), editor.password());
        assertThat(browser.sessionCookie()).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
                .param(editor.username()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
                .param(editor.username()).query(Integer.class).single()).as("idle logout after 30 minutes").isEqualTo(1800);
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser browser = new Browser(mvc);
        submitPassword(browser, editor.username(), editor.password());
        assertThat(Browser.location(browser.perform(post("/logout").with(csrf())))).isEqualTo("/login?logout");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'LOGOUT' AND actor = ?")
                .param(editor.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void auditsLoginSuccessAndFailure() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        Browser browser = new Browser(mvc);
        submitPassword(browser, editor.username(), "Wrong-password-1");
        submitPassword(browser, editor.username(), editor.password());
        assertThat(jdbc.sql("SELECT outcome FROM audit_record WHERE actor = ? AND action LIKE 'LOGIN_%' ORDER BY seq")
                .param(editor.username()).query(String.class).list()).containsExactly("FAILURE", "SUCCESS");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action = 'LOGIN_FAILED'")
                .param("ghost-" + editor.username()).query(Long.class).single()).isZero();
        submitPassword(browser, "ghost-" + editor.username(), "Wrong-password-1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action = 'LOGIN_FAILED'")
                .param("ghost-" + editor.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void passwordResetByAdministratorMustBeChangedAtNextSignIn() throws Exception {
        Person editor = fixtures.person(Role.EDITOR, false);
        identity.resetPassword(editor.staffId(), "Initial-Pass-1", "Initial-Pass-1");
        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, editor.username(), "Initial-Pass-1")))
                .isEqualTo("/login/password");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(302);
        MvcResult weak = browser.perform(post("/login/password").with(csrf()).param("password", "weakweak")
                .param("confirm", "weakweak"));
        assertThat(weak.getResponse().getContentAsString()).contains("至少 3 类");
        MvcResult ok = browser.perform(post("/login/password").with(csrf()).param("password", "Brand-New-Pass-2")
                .param("confirm", "Brand-New-Pass-2"));
        assertThat(Browser.location(ok)).endsWith("/console");
        assertThat(browser.perform(get("/console")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void administratorPasswordExpiresAfterNinetyDays() throws Exception {
        Person admin = fixtures.person(Role.SYSTEM_ADMIN, true);
        clock.advance(Duration.ofDays(91));
        Browser browser = new Browser(mvc);
        submitPassword(browser, admin.username(), admin.password());
        MvcResult afterTotp = browser.perform(post("/login/totp").with(csrf()).param("code", code(admin.totpSecret())));
        assertThat(Browser.location(afterTotp)).isEqualTo("/login/password");
    }

    @Test
    void refusesReuseOfTheLastFivePasswords() {
        Person editor = fixtures.person(Role.EDITOR, false);
        String first = editor.password();
        String current = first;
        for (int i = 0; i < 4; i++) {
            String next = "Rotation-Pass-" + i;
            identity.changePassword(editor.staffId(), current, next, next);
            current = next;
        }
        String last = current;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identity.changePassword(editor.staffId(), last, first, first))
                .hasMessageContaining("最近 5 次");
        identity.changePassword(editor.staffId(), last, "Rotation-Pass-4", "Rotation-Pass-4");
        identity.changePassword(editor.staffId(), "Rotation-Pass-4", first, first); // six back: allowed again
    }

    @Test
    void rateLimitsLoginPostsPerSourceAddress() throws Exception {
        Browser browser = new Browser(mvc);
        for (int i = 0; i < 10; i++) {
            assertThat(submitPassword(browser, "nobody", "Wrong-password-1").getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(submitPassword(browser, "nobody", "Wrong-password-1").getResponse().getStatus()).isEqualTo(429);
        assertThat(submitPassword(new Browser(mvc), "nobody", "Wrong-password-1").getResponse().getStatus())
                .isEqualTo(302);

        Browser client = new Browser(mvc);
        MvcResult limited = null;
        for (int i = 0; i < 11; i++) {
            limited = client.perform(post("/api/v1/identity/limited"));
        }
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getContentAsString()).contains("\"code\":\"RATE_LIMITED\"");
    }

    @Test
    void demoCredentialsFileLetsEveryoneSignIn() throws Exception {
        var file = gongkai.dataDir().resolve(DemoAccounts.FILE);
        // The demo county (and so this file) is loaded only into an empty database: always on the fresh
        // in-memory H2 of this context, but not when an earlier test context already filled a shared PostgreSQL.
        boolean freshDatabase = datasourceUrl.startsWith("jdbc:h2:mem:");
        org.junit.jupiter.api.Assumptions.assumeTrue(freshDatabase || Files.exists(file));
        assertThat(file).exists();
        List<Map<String, Object>> entries = json.readValue(Files.readString(file), new TypeReference<>() {});
        assertThat(entries).isNotEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e).containsKeys("username", "password", "apiToken", "roles",
                "unitCodes"));
        Map<String, Object> admin = entries.stream()
                .filter(e -> ((List<?>) e.get("roles")).contains("SECURITY_ADMIN")).findFirst().orElseThrow();
        assertThat(admin).containsKey("totpSecret");

        Browser browser = new Browser(mvc);
        assertThat(Browser.location(submitPassword(browser, (String) admin.get("username"), (String) admin.get("password"))))
                .isEqualTo("/login/totp");
        MvcResult passed = browser.perform(post("/login/totp").with(csrf())
                .param("code", code((String) admin.get("totpSecret"))));
        assertThat(Browser.location(passed)).endsWith("/console");
        assertThat(browser.perform(get("/console/identity/accounts")).getResponse().getStatus()).isEqualTo(200);

        assertThat(mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + admin.get("apiToken")))
                .andReturn().getResponse().getContentAsString()).contains((String) admin.get("username"));
    }
}
