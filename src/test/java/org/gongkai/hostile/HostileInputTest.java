package org.gongkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.DemoCredentials;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.hostile.HostileValues.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #8's standing proof for hostile input: reads the application's own OpenAPI document and its public
 * forms, sends every operation and field the catalogue of {@link HostileValues} — as an anonymous caller and as
 * a permitted user (the demo accounts' API tokens) — and asserts: never a 5xx; every API refusal is
 * {@code application/problem+json} with a {@code code}; a refused request writes nothing (row counts of the
 * tables and the audit log's SUCCESS records are unchanged). A new endpoint or form is covered without
 * changing this test. Runs on H2 and, with the PostgreSQL profile, on PostgreSQL; prints how many requests it sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("integration")
class HostileInputTest {

    static final AtomicInteger SENT = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    GongkaiProperties properties;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.gongkai.identity.ApiTokenService apiTokens;

    Hostile hostile;

    @BeforeEach
    void connect() {
        hostile = new Hostile(new RawHttp(port), new Writes(jdbc), SENT);
    }

    @AfterAll
    static void report() {
        System.out.println("HostileInputTest sent " + SENT.get() + " hostile requests");
    }

    @Test
    void everyApiOperationRefusesHostileInputWithProblemJsonAndWritesNothing() throws Exception {
        JsonNode document = JsonMapper.shared().readTree(hostile.get("/v3/api-docs").text());
        Map<String, String> tokens = new LinkedHashMap<>();
        if (java.nio.file.Files.isReadable(DemoCredentials.file(properties.dataDir()))) {
            for (DemoCredentials.Account account : DemoCredentials.read(properties.dataDir())) {
                if (account.apiToken() != null) {
                    tokens.put(account.username(), account.apiToken());
                }
            }
        } else {
            // PostgreSQL tier: an earlier test context loaded the demo county (and wrote its credentials
            // elsewhere), so give the demo staff tokens of their own
            for (Map<String, Object> row : jdbc.sql("SELECT id, username FROM org_staff WHERE username IN ('sysadmin', "
                    + "'secadmin', 'auditadmin', 'editor', 'reviewer', 'leader', 'requestofficer', 'serviceofficer', "
                    + "'hotlineofficer', 'supervisor') ORDER BY id").query().listOfRows()) {
                tokens.put(String.valueOf(row.get("username")), apiTokens.issueToken(
                        ((Number) row.get("id")).longValue(), "恶意输入测试", 30).token());
            }
        }
        ApiSweep sweep = new ApiSweep(hostile, document, tokens, new Seeds(jdbc, hostile));
        int operations = sweep.run();
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(30);
        hostile.assertNoFailures();
    }

    @Test
    void everyPublicFormRefusesHostileInputAndWritesNothing() throws Exception {
        FormSweep sweep = new FormSweep(hostile);
        int forms = sweep.run(List.of("/", "/requests/apply", "/requests/status", "/requests/register",
                "/search?q=%E5%8C%BB%E4%BF%9D", "/openness", "/openness/laws", "/login", "/accessibility", "/consultations", openConsultation()));
        assertThat(forms).as("public forms found").isGreaterThanOrEqualTo(4);
        hostile.assertNoFailures();
    }

    @Test
    void errorsRaisedInsideTheContainerAnswerInChineseOrProblemJsonWithSecurityHeaders() throws Exception {
        String longLine = "/search?q=" + "a".repeat(9_000);
        for (String target : List.of("/a%2Fb", "/x%00y", "/api/v1/units%2F1", "/api/v1/x%00", longLine,
                "/api/v1/documents?q=" + "b".repeat(9_000), "/%", "/api/v1/%zz")) {
            RawHttp.Response r = hostile.raw("GET", target, List.of(), null);
            // a request line over the limit is refused before its path is known: the page is the only answer
            hostile.check("GET " + abbreviate(target), r, target.startsWith("/api") && target.length() < 8_000);
            if (r.status() >= 400) {
                assertThat(r.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
                assertThat(r.header("Content-Security-Policy")).as(target).contains("default-src 'self'");
                if (!target.startsWith("/api")) {
                    assertThat(r.text()).as(target).contains("lang=\"zh-CN\"").doesNotContain("HTTP Status");
                }
            }
        }
        RawHttp.Response bigHeader = hostile.raw("GET", "/", List.of("X-Padding: " + "p".repeat(20_000)), null);
        hostile.check("GET / with a 20 KB header", bigHeader, false);
        assertThat(bigHeader.text()).contains("lang=\"zh-CN\"");
        hostile.assertNoFailures();
    }

    @Test
    void aLongSearchOnAFirstVisitGetsItsSessionCookieAndTheWholePage() throws Exception {
        String q = "%E5%8C%BB%E4%BF%9D+".repeat(190);
        RawHttp.Response r = hostile.raw("GET", "/search?q=" + q, List.of("Accept: text/html,application/xhtml+xml"), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("name=\"_csrf\"").endsWith("</html>\n");
        assertThat(r.header("Set-Cookie")).as("the session that holds the page's CSRF token").contains("SESSION=");
    }

    /** The page of an open consultation (its comment form), or the list when none is open. */
    String openConsultation() {
        return jdbc.sql("SELECT MAX(id) FROM consultation WHERE status = 'OPEN'")
                .query((rs, n) -> rs.getObject(1, Long.class)).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().map(id -> "/consultations/" + id).orElse("/consultations");
    }

    static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…(" + s.length() + ")" : s;
    }

    /** The loopback source address of the n-th request: rate limits count per address, so spread them. */
    static InetAddress source(int n) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 10, (byte) ((n / 8 / 250) % 250 + 1), (byte) ((n / 8) % 250 + 1)});
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<Value> concat(List<Value> a, List<Value> b) {
        List<Value> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
