package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.gongkai.identity.RefusalAuditTest.from;
import static org.gongkai.identity.RefusalAuditTest.newSource;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors.TestActor;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Role;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.RequestAttachment;
import org.gongkai.requests.RequestCommands.AddAttachment;
import org.gongkai.requests.RequestCommands.RegisterRequest;
import org.gongkai.requests.RequestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue #8, class 6: a staff member of one unit who asks for another unit's record — by console page or API, for
 * a disclosure request, its attachment, a document, an annual report, a staff record, another person's API token or
 * inbox message — gets the 404 of a missing
 * record, and the refusal audit holds a REFUSED record ({@code OUT_OF_SCOPE}, with the object) for it. A record
 * that does not exist at all stays a plain 404 without a refusal.
 */
@IntegrationTest
class ScopeRefusalAuditTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办
    static final String FINANCE = "119901011001002878"; // 县财政局

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired org.gongkai.audit.RefusalLog refusals;
    @Autowired CommandDispatcher commands;
    @Autowired ApiTokenService tokens;

    long office;
    long finance;
    RequestPostProcessor officeOfficer;

    @BeforeEach
    void units() {
        office = unit(OFFICE);
        finance = unit(FINANCE);
        officeOfficer = as(-41, "office-officer", Map.of(office, Set.of(Role.REQUEST_OFFICER, Role.EDITOR)));
    }

    long unit(String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(code).query(Long.class).single();
    }

    /** A request registered by letter to {@code unitCode}, by an officer of that unit. */
    String request(long unitId, String unitCode) {
        TestActor officer = new TestActor(-42, "officer-" + unitId, "承办人", Map.of(unitId, Set.of(Role.REQUEST_OFFICER)));
        RequestService.Submitted s = commands.dispatchAs(officer, new RegisterRequest(new ApplicationInput(
                "NATURAL_PERSON", "欧阳娜娜", "11010519491231002X", null, "13700001111", "oy@example.cn", null, unitCode,
                "示例县财政预算执行情况", "ELECTRONIC", "EMAIL"), Channel.LETTER, LocalDate.of(2026, 6, 15)));
        return s.trackingNumber();
    }

    long attachment(long unitId, String trackingNumber) {
        TestActor officer = new TestActor(-42, "officer-" + unitId, "承办人", Map.of(unitId, Set.of(Role.REQUEST_OFFICER)));
        RequestAttachment a = commands.dispatchAs(officer, new AddAttachment(trackingNumber, "复印件.pdf",
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1))));
        return a.id();
    }

    List<RefusalAuditTest.Row> refused(String source) {
        refusals.flush();
        return jdbc.sql("SELECT actor, action, object_type, object_id, detail FROM audit_record"
                        + " WHERE outcome = 'REFUSED' AND source_address = ? ORDER BY seq")
                .param(source)
                .query((rs, n) -> new RefusalAuditTest.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    record Probe(String what, MockHttpServletRequestBuilder request, String objectType, String objectId) {}

    /** Each probe answers 404 and leaves exactly one OUT_OF_SCOPE record naming the object. */
    void assertRefusedAndAudited(List<Probe> probes) throws Exception {
        for (Probe p : probes) {
            String source = newSource();
            int status = mvc.perform(from(p.request(), source).with(officeOfficer)).andReturn().getResponse().getStatus();
            assertThat(status).as(p.what()).isEqualTo(404);
            assertThat(refused(source)).as(p.what() + ": a REFUSED audit record").singleElement().satisfies(r -> {
                assertThat(r.actor()).isEqualTo("office-officer");
                assertThat(r.action()).isEqualTo("OUT_OF_SCOPE");
                assertThat(r.objectType()).isEqualTo(p.objectType());
                assertThat(r.objectId()).isEqualTo(p.objectId());
                assertThat(r.detail()).contains("reason=record outside the data scope");
            });
        }
    }

    @Test
    void anotherUnitsRequestAndItsAttachmentAnswer404AndAreAudited() throws Exception {
        String theirs = request(finance, FINANCE);
        String ours = request(office, OFFICE);
        long theirAttachment = attachment(finance, theirs);
        assertRefusedAndAudited(List.of(
                new Probe("request page", get("/console/requests/{tn}", theirs), "Unit", String.valueOf(finance)),
                new Probe("request API", get("/api/v1/staff/disclosure-requests/{tn}", theirs), "Unit",
                        String.valueOf(finance)),
                new Probe("their attachment through our request", get("/console/requests/{tn}/attachments/{id}", ours,
                        theirAttachment), "RequestAttachment", String.valueOf(theirAttachment))));
    }

    @Test
    void anotherUnitsDocumentAnswers404AndIsAuditedOnPageAndApi() throws Exception {
        long document = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE unit_id = ?").param(finance)
                .query(Long.class).single();
        assertRefusedAndAudited(List.of(
                new Probe("document page", get("/console/catalogue/{id}", document), "Document", String.valueOf(document)),
                new Probe("document API", get("/api/v1/staff/documents/{id}", document), "Document",
                        String.valueOf(document))));
    }

    @Test
    void anotherUnitsUnpublishedReportAnswers404AndIsAuditedOnPageAndApi() throws Exception {
        assertRefusedAndAudited(List.of(
                new Probe("report page", get("/console/reports/{u}/2025", FINANCE), "Unit", String.valueOf(finance)),
                new Probe("report API", get("/api/v1/annual-reports/{u}/2025", FINANCE), "Unit",
                        String.valueOf(finance))));
    }

    @Test
    void anotherUnitsStaffMemberAnswers404AndIsAuditedOnPageAndApi() throws Exception {
        long staff = jdbc.sql("""
                SELECT MIN(m.staff_id) FROM org_membership m WHERE m.unit_id <> ? AND NOT EXISTS (
                    SELECT 1 FROM org_membership o WHERE o.staff_id = m.staff_id AND o.unit_id = ?)""")
                .param(office).param(office).query(Long.class).single();
        assertRefusedAndAudited(List.of(
                new Probe("staff page", get("/console/organisation/staff/{id}", staff), "Staff", String.valueOf(staff)),
                new Probe("staff API", get("/api/v1/staff/{id}", staff), "Staff", String.valueOf(staff))));
    }

    @Test
    void anotherPersonsApiTokenAndInboxMessageAnswer404AndAreAudited() throws Exception {
        long someoneElse = jdbc.sql("SELECT MIN(id) FROM org_staff").query(Long.class).single();
        long token = tokens.issueToken(someoneElse, "scope-probe", 30).id();
        jdbc.sql("INSERT INTO notify_inbox (dedupe_key, staff_id, kind, title, body, link, created_at)"
                        + " VALUES (:k, :s, 'REQUEST_OVERDUE', '超期', '超期', '/console', :now)")
                .param("k", "scope-probe-" + token).param("s", someoneElse)
                .param("now", java.time.OffsetDateTime.parse("2026-06-15T10:00:00+08:00")).update();
        long message = jdbc.sql("SELECT id FROM notify_inbox WHERE dedupe_key = ?").param("scope-probe-" + token)
                .query(Long.class).single();
        assertRefusedAndAudited(List.of(
                new Probe("another person's token", post("/console/identity/tokens/{id}/revoke", token).with(csrf()),
                        "ApiToken", String.valueOf(token)),
                new Probe("another person's message", post("/console/inbox/{id}/read", message).with(csrf()),
                        "InboxMessage", String.valueOf(message))));
        assertThat(tokens.tokensOf(someoneElse)).filteredOn(t -> t.id() == token).singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).as("the refused revocation changed nothing").isNull());
    }

    @Test
    void aRecordThatDoesNotExistIsAPlain404WithoutARefusal() throws Exception {
        String ours = request(office, OFFICE);
        for (MockHttpServletRequestBuilder missing : List.of(get("/console/requests/{tn}", "YS20990101999999"),
                get("/api/v1/staff/disclosure-requests/{tn}", "YS20990101999999"),
                get("/console/requests/{tn}/attachments/{id}", ours, 987_654_321L),
                get("/api/v1/staff/documents/{id}", 987_654_321L),
                get("/api/v1/annual-reports/{u}/2025", "119901019999999999"),
                get("/console/organisation/staff/{id}", 987_654_321L),
                get("/api/v1/staff/{id}", 987_654_321L),
                post("/console/identity/tokens/{id}/revoke", 987_654_321L).with(csrf()),
                post("/console/inbox/{id}/read", 987_654_321L).with(csrf()))) {
            String source = newSource();
            int status = mvc.perform(from(missing, source).with(officeOfficer)).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(404);
            assertThat(refused(source)).isEmpty();
        }
    }
}
