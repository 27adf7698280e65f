package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #8 class 1: the client address and the site address come from configuration. A forged
 * X-Forwarded-For from an untrusted peer moves neither the rate limit nor the audit source; a trusted proxy
 * is honoured; a forged Host / X-Forwarded-Host never reaches the sitemap, feeds, page metadata or redirects.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "gongkai.network.trusted-proxies=10.9.0.0/16",
        "gongkai.portal.base-url=https://www.example.gov.cn"})
class ForwardedHeadersTest {

    static final String EVIL = "evil.example";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String peer) {
        return request.with(r -> {
            r.setRemoteAddr(peer);
            return r;
        });
    }

    static MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
        return request.header("Host", EVIL).header("X-Forwarded-Host", EVIL).header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=" + EVIL + ";for=6.6.6.6").header("X-Forwarded-For", "6.6.6.6");
    }

    int loginAttempt(String peer, String xff, String username) throws Exception {
        var request = from(post("/login").with(csrf()).param("username", username).param("password", "Wrong-pass-1"), peer);
        if (xff != null) {
            request.header("X-Forwarded-For", xff);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void forgedForwardedForFromAnUntrustedPeerDoesNotEscapeTheLoginRateLimit() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) { // the bucket holds 10 and refills slowly: some of these must be refused
            statuses.add(loginAttempt("203.0.113.77", "198.51.100." + i, "nobody"));
        }
        assertThat(statuses.subList(0, 10)).doesNotContain(429);
        assertThat(statuses).contains(429);
    }

    @Test
    void aTrustedProxyNamesTheClientForTheRateLimit() throws Exception {
        for (int i = 0; i < 12; i++) { // twelve different clients behind one proxy: none is limited
            assertThat(loginAttempt("10.9.0.5", "198.51.101." + i, "nobody")).isNotEqualTo(429);
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 15; i++) { // one client behind the proxy, with forged entries in front
            statuses.add(loginAttempt("10.9.0.5", "6.6.6." + i + ", 198.51.102.1", "nobody"));
        }
        assertThat(statuses).contains(429);
    }

    String auditedSource(String username) {
        return jdbc.sql("SELECT source_address FROM audit_record WHERE actor = ? ORDER BY seq DESC LIMIT 1")
                .param(username).query(String.class).single();
    }

    @Test
    void theAuditSourceIsThePeerUnlessATrustedProxyNamedTheClient() throws Exception {
        String forgedUser = "u" + UUID.randomUUID().toString().substring(0, 8);
        loginAttempt("203.0.113.78", "1.2.3.4", forgedUser);
        assertThat(auditedSource(forgedUser)).isEqualTo("203.0.113.78");

        String proxiedUser = "u" + UUID.randomUUID().toString().substring(0, 8);
        loginAttempt("10.9.0.6", "6.6.6.6, 198.51.103.9", proxiedUser);
        assertThat(auditedSource(proxiedUser)).isEqualTo("198.51.103.9");
    }

    @Test
    void forgedHostNeverAppearsInSitemapFeedsOrPageMetadata() throws Exception {
        long unit = jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single();
        for (var request : List.of(get("/sitemap.xml"), get("/openness/feeds/unit/{id}", unit),
                get("/openness/feeds/topic").param("topic", "财政、金融、审计\\财政"), get("/openness"),
                get("/openness/documents"), get("/"))) {
            MockHttpServletResponse response = mvc.perform(forged(from(request, "203.0.113.79"))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            String body = response.getContentAsString();
            assertThat(body).doesNotContain(EVIL);
            assertThat(response.getHeaderNames().stream().map(response::getHeader).toList()).noneMatch(h -> h.contains(EVIL));
        }
        String sitemap = mvc.perform(forged(get("/sitemap.xml"))).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("<loc>https://www.example.gov.cn/openness</loc>");
        String column = mvc.perform(forged(get("/openness"))).andReturn().getResponse().getContentAsString();
        assertThat(column).contains("name=\"SiteDomain\" content=\"www.example.gov.cn\"");
    }

    @Test
    void forgedHostIsNeverReflectedIntoRedirects() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(get("/console"), get("/console/audit"),
                post("/preferences").with(csrf()).param("toggle", "large").header("Referer", "http://" + EVIL + "/x"),
                post("/login").with(csrf()).param("username", "nobody").param("password", "x"), get("/logout"));
        for (var request : requests) {
            MockHttpServletResponse response = mvc.perform(forged(from(request, "203.0.113.80"))).andReturn().getResponse();
            String location = response.getHeader("Location");
            if (location != null) {
                assertThat(location).doesNotContain(EVIL).startsWith("/");
            }
        }
    }

    @Test
    void forgedProtoFromAnUntrustedPeerDoesNotMakeTheRequestSecure() throws Exception {
        var untrusted = mvc.perform(from(get("/login").header("X-Forwarded-Proto", "https"), "203.0.113.81"))
                .andReturn().getResponse();
        assertThat(untrusted.getHeader("Strict-Transport-Security")).isNull();
        var trusted = mvc.perform(from(get("/login").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.104.1"), "10.9.0.7")).andReturn().getResponse();
        assertThat(trusted.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }
}
