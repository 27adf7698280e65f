package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.identity.IdentityFixtures.Person;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** API tokens, CSRF and security headers. */
@IntegrationTest
class SecurityIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired IdentityService identity;
    @Autowired ApiTokenService tokens;
    @Autowired OrganisationService organisation;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    Person person(Role role) {
        return new IdentityFixtures(organisation, units, identity).person(role, false);
    }

    @Test
    void apiTokenIsAcceptedOnApiV1() throws Exception {
        Person editor = person(Role.EDITOR);
        var token = tokens.issueToken(editor.staffId(), "脚本", 30);
        assertThat(token.token()).startsWith("gk_");
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(editor.username()))
                .andExpect(jsonPath("$.roles[0]").value("EDITOR"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_api_token WHERE token_hash = ?")
                .param(org.gongkai.common.Sm3.hex(token.token())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void revokedTokenGets401ProblemJson() throws Exception {
        Person editor = person(Role.EDITOR);
        var token = tokens.issueToken(editor.staffId(), "脚本", 30);
        mvc.perform(post("/console/identity/tokens/" + token.id() + "/revoke").with(csrf())
                        .with(TestActors.as(editor.staffId(), editor.username(), Map.of(1L, Set.of(Role.EDITOR)))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void unknownTokenGets401AndMissingTokenToo() throws Exception {
        mvc.perform(get("/api/v1/identity/me").header("Authorization", "Bearer gk_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/identity/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void tokenIsNotAcceptedOnPages() throws Exception {
        Person editor = person(Role.EDITOR);
        var token = tokens.issueToken(editor.staffId(), "脚本", 30);
        mvc.perform(get("/console/identity/tokens").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void tokenValidityIsAtMost365Days() {
        Person editor = person(Role.EDITOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issueToken(editor.staffId(), "太长", 366))
                .hasMessageContaining("365");
    }

    @Test
    void tokensPageIssuesATokenShownOnce() throws Exception {
        Person editor = person(Role.EDITOR);
        var actor = TestActors.as(editor.staffId(), editor.username(), Map.of(1L, Set.of(Role.EDITOR)));
        String page = mvc.perform(post("/console/identity/tokens").with(csrf()).with(actor)
                        .param("name", "数据同步").param("days", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"new-token\">gk_[A-Za-z0-9_-]{43}<");
        String list = mvc.perform(get("/console/identity/tokens").with(actor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("数据同步").doesNotContain("id=\"new-token\"");
    }

    @Test
    void anotherStaffMemberCannotRevokeMyTokenButASecurityAdminCan() throws Exception {
        Person owner = person(Role.EDITOR);
        var token = tokens.issueToken(owner.staffId(), "脚本", 30);
        mvc.perform(post("/console/identity/tokens/" + token.id() + "/revoke").with(csrf())
                        .with(as(Role.EDITOR, 1L)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/console/identity/tokens/" + token.id() + "/revoke").with(csrf())
                        .with(as(Role.SECURITY_ADMIN, 1L)))
                .andExpect(status().is3xxRedirection());
        assertThat(tokens.authenticateToken(token.token())).isEmpty();
    }

    @Test
    void pagePostsNeedACsrfToken() throws Exception {
        mvc.perform(post("/console/identity/password").with(as(Role.EDITOR, 1L))
                        .param("currentPassword", "x").param("password", "y").param("confirm", "y"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void securityHeadersArePresent() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
        mvc.perform(get("/api/v1/identity/me"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP));
    }

    @Test
    void ownPasswordAndTotpPagesRenderForStaff() throws Exception {
        Person editor = person(Role.EDITOR);
        var actor = TestActors.as(editor.staffId(), editor.username(), Map.of(1L, Set.of(Role.EDITOR)));
        assertThat(mvc.perform(get("/console/identity/totp").with(actor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("尚未启用");
        assertThat(mvc.perform(get("/console/identity/totp/enrol").with(actor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("otpauth://totp/");
        assertThat(mvc.perform(post("/console/identity/password").with(csrf()).with(actor)
                        .param("currentPassword", "Not-The-Password-1").param("password", "New-Pass-123")
                        .param("confirm", "New-Pass-123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("当前密码不正确").contains("id=\"currentPassword-error\"");
    }

    @Test
    void securityAdminManagesAccountsOthersAreForbidden() throws Exception {
        Person editor = person(Role.EDITOR);
        mvc.perform(get("/console/identity/accounts").with(as(Role.EDITOR, 1L))).andExpect(status().isForbidden());
        mvc.perform(get("/console/identity/accounts").with(as(Role.SECURITY_ADMIN, 1L)))
                .andExpect(status().isOk());
        mvc.perform(post("/console/identity/accounts/" + editor.staffId() + "/password").with(csrf())
                        .with(as(Role.SECURITY_ADMIN, 1L)).param("password", "Reset-Pass-9").param("confirm", "Reset-Pass-9"))
                .andExpect(status().isOk());
        assertThat(identity.state(editor.staffId()).orElseThrow().mustChangePassword()).isTrue();
    }
}
