package org.gongkai.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.EventPublicationRecovery;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.RequestService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications end to end against a real SMTP server (GreenMail): the events are persisted by Spring Modulith,
 * the listeners queue messages in the outbox, and the scheduled sender delivers them over SMTP.
 */
@IntegrationTest
@Import(FlakyListener.class)
class NotificationsIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办 (demo county)
    static final String BASE_URL = "https://gongkai.example.gov.cn";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("gongkai.notify.from", () -> "gongkai@example.gov.cn");
        registry.add("gongkai.notify.send-interval", () -> "PT1S");
        registry.add("gongkai.notify.scheduled", () -> "true");
        registry.add("gongkai.portal.base-url", () -> BASE_URL);
        registry.add("gongkai.notify.sms-enabled", () -> "true");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    StaffDirectory staff;
    @Autowired
    StaffContacts staffContacts;
    @Autowired
    Inbox inbox;
    @Autowired
    RequestService requests;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    FlakyListener flaky;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    EventPublicationRecovery recovery;

    long office() {
        return units.findByCreditCode(OFFICE).orElseThrow().id();
    }

    RequestPostProcessor officer() {
        return TestActors.as(Role.REQUEST_OFFICER, office());
    }

    static String application(String email, String channel, String description) {
        return """
                {"applicant": {"type": "NATURAL_PERSON", "name": "张小明", "idNumber": "11010519491231002X",
                  "phone": "13912345678", "email": "%s"},
                 "unitCode": "%s", "description": "%s", "deliveryForm": "ELECTRONIC", "deliveryChannel": "%s"}"""
                .formatted(email, OFFICE, description, channel);
    }

    Map<String, Object> json(String body) {
        return JSON.readValue(body, new TypeReference<>() {});
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void aServiceCaseApplicantReceivesTheCaseNumberAndQueryCodeFilledInOnlyAtSending() throws Exception {
        long agriculture = units.findByCreditCode(org.gongkai.services.cases.ServiceFixtures.AGRICULTURE).orElseThrow()
                .id();
        String item = org.gongkai.services.cases.ServiceFixtures.promisedItem(jdbc, agriculture, 5);
        String address = "service-" + System.nanoTime() + "@example.cn";
        Map<String, Object> created = json(mvc.perform(post("/api/v1/staff/service-cases")
                .with(TestActors.as(Role.SERVICE_OFFICER, agriculture)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"itemCode": "%s", "channel": "WINDOW", "applicant": {"type": "PERSON", "name": "赵六",
                          "idNumber": "11010519491231002X", "phone": "13912345678", "email": "%s"}}"""
                        .formatted(item, address)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String n = (String) created.get("caseNumber");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).contains(n);
        assertThat(text(mail)).contains("办件编号：" + n).contains("查询码：" + created.get("queryCode"))
                .contains(BASE_URL + "/services/cases?caseNumber=" + n);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE "
                + "subject_ref = :n AND status = 'SENT'").param("n", n).query(Long.class).single() == 2);
        assertThat(jdbc.sql("SELECT body FROM notify_outbox WHERE subject_ref = :n").param("n", n).query(String.class)
                .list()).allSatisfy(body -> assertThat(body).contains("{{queryCode}}")
                        .doesNotContain((String) created.get("queryCode")));
    }

    @Test
    void applicantWhoGaveAnEmailAddressReceivesTheReceiptWithTrackingNumberAccessCodeAndStatusLink() throws Exception {
        String address = "receipt-" + System.nanoTime() + "@example.cn";
        Map<String, Object> receipt = json(mvc.perform(post("/api/v1/disclosure-requests")
                .with(r -> { r.setRemoteAddr("10.9.8.7"); return r; })
                .contentType(MediaType.APPLICATION_JSON).content(application(address, "EMAIL", "2025年示例县道路养护资金")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String tn = (String) receipt.get("trackingNumber");

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        assertThat(mail.getSubject()).contains(tn);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("gongkai@example.gov.cn");
        assertThat(text(mail)).contains("查询号：" + tn)
                .contains("查询码：" + receipt.get("accessCode"))
                .contains(BASE_URL + "/requests/status?trackingNumber=" + tn);

        // #10: the access code goes out by e-mail and SMS (the log adapter), filled in at sending: the outbox never
        // stores it in clear
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE "
                + "subject_ref = :tn AND status = 'SENT'").param("tn", tn).query(Long.class).single() == 2);
        List<Map<String, Object>> queued = jdbc.sql("SELECT channel, body FROM notify_outbox WHERE subject_ref = :tn "
                + "ORDER BY channel").param("tn", tn).query().listOfRows();
        assertThat(queued).extracting(r -> r.get("channel")).containsExactly("EMAIL", "SMS");
        assertThat(queued).allSatisfy(r -> assertThat((String) r.get("body")).contains("{{accessCode}}")
                .doesNotContain((String) receipt.get("accessCode")));

        // personal data: neither the persisted events nor the outbox hold the address or the name in clear
        assertThat(jdbc.sql("SELECT serialized_event FROM event_publication UNION ALL "
                + "SELECT serialized_event FROM event_publication_archive").query(String.class).list())
                .noneMatch(e -> e.contains(address) || e.contains("张小明"));
        assertThat(jdbc.sql("SELECT recipient_enc FROM notify_outbox WHERE subject_ref = :tn").param("tn", tn)
                .query(String.class).list()).hasSize(2).allMatch(r -> r.startsWith("sm4:") && !r.contains(address));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'NOTIFICATION_SENT' AND object_id = :tn")
                .param("tn", tn).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void replyDeliveredElectronicallyIsMailedWithWhereToReadTheLetter() throws Exception {
        String address = "reply-" + System.nanoTime() + "@example.cn";
        String registration = """
                {"applicant": {"type": "NATURAL_PERSON", "name": "李华", "idNumber": "11010519491231002X",
                  "phone": "13912345678", "email": "%s"},
                 "unitCode": "%s", "description": "示例县2025年公共厕所建设计划", "deliveryForm": "ELECTRONIC",
                 "deliveryChannel": "EMAIL", "channel": "LETTER", "receivedOn": "2025-09-26"}""".formatted(address, OFFICE);
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer())
                .contentType(MediaType.APPLICATION_JSON).content(registration)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("trackingNumber");
        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 1); // the receipt

        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/decision").with(officer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2025-10-09\", \"decisionCode\": \"DISCLOSED\", \"reasons\": \"予以公开\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/delivery").with(officer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2025-10-10\", \"channel\": \"电子邮件\"}"))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 2);
        MimeMessage reply = mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("已答复");
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(reply.getSubject()).contains(tn);
        assertThat(text(reply)).contains("2025-10-10").contains(BASE_URL + "/requests/status?trackingNumber=" + tn)
                .contains("答复书");
    }

    @Test
    void officersAreRemindedFiveAndOneWorkingDaysBeforeTheDueDateAndWhenItIsMissed() throws Exception {
        StaffDirectory.StaffView officer = staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .filter(s -> s.unitRoles().getOrDefault(office(), Set.of()).contains(Role.REQUEST_OFFICER))
                .findFirst().orElseThrow();
        String address = "officer-" + System.nanoTime() + "@example.gov.cn";
        staffContacts.setEmail(officer.id(), address, clock.instant());
        String registration = """
                {"applicant": {"type": "NATURAL_PERSON", "name": "王芳", "idNumber": "11010519491231002X",
                  "phone": "13912345678"},
                 "unitCode": "%s", "description": "示例县2025年城市管网改造清单", "deliveryForm": "PAPER",
                 "deliveryChannel": "PICKUP", "channel": "IN_PERSON", "receivedOn": "2025-09-26"}""".formatted(OFFICE);
        String tn = (String) json(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer())
                .contentType(MediaType.APPLICATION_JSON).content(registration)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("trackingNumber");

        requests.sweep(LocalDate.parse("2025-10-23")); // due 2025-10-30: 5 working days left
        requests.sweep(LocalDate.parse("2025-10-29")); // 1 working day left
        requests.sweep(LocalDate.parse("2025-10-31")); // missed

        await().atMost(Duration.ofSeconds(60)).until(() -> inboxFor(officer.id(), tn).size() == 3);
        assertThat(inboxFor(officer.id(), tn)).extracting(Inbox.Item::kind).containsExactlyInAnyOrder(
                NotificationKind.DEADLINE_APPROACHING, NotificationKind.DEADLINE_APPROACHING,
                NotificationKind.REQUEST_OVERDUE);
        assertThat(inboxFor(officer.id(), tn)).extracting(Inbox.Item::title).anyMatch(t -> t.contains("还有 5 个工作日"))
                .anyMatch(t -> t.contains("还有 1 个工作日")).anyMatch(t -> t.contains("已超过答复期限 2025-10-30"));
        assertThat(inboxFor(officer.id(), tn)).allMatch(i -> i.link().equals("/console/requests/" + tn));
        assertThat(inbox.unread(officer.id())).isGreaterThanOrEqualTo(3);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(address).size() == 3);
        assertThat(mailTo(address)).allMatch(m -> {
            try {
                return m.getSubject().contains(tn) && text(m).contains(BASE_URL + "/console/requests/" + tn);
            } catch (Exception e) {
                return false;
            }
        });

        // a second sweep on the same day reminds nobody twice
        requests.sweep(LocalDate.parse("2025-10-31"));
        Thread.sleep(1500);
        assertThat(inboxFor(officer.id(), tn)).hasSize(3);
    }

    List<Inbox.Item> inboxFor(long staffId, String tn) {
        return inbox.list(staffId, 500).stream().filter(i -> i.title().contains(tn)).toList();
    }

    @Test
    void aHotlineCallerGetsReceiptAndReplyBySmsAndTheUnitsHandlerIsToldOfDispatchUrgingAndOverdue() throws Exception {
        long centre = units.findByCreditCode("129901011001024506").orElseThrow().id();
        long housing = units.findByCreditCode("119901011001003591").orElseThrow().id();
        RequestPostProcessor operator = TestActors.as(Role.HOTLINE_OFFICER, centre);
        RequestPostProcessor unit = TestActors.as(Role.HOTLINE_OFFICER, housing);
        long handler = staff.findByUsername("hotlinehandler").orElseThrow().id();
        Map<String, Object> receipt = json(mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"category": "HELP", "title": "楼道灯坏了", "content": "幸福小区3栋楼道灯坏了",
                         "caller": {"name": "张三", "phone": "13912345678"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String n = (String) receipt.get("ticketNumber");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE "
                + "subject_ref = :n AND kind = 'HOTLINE_RECEIPT' AND channel = 'SMS' AND status = 'SENT'").param("n", n)
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT body FROM notify_outbox WHERE subject_ref = :n").param("n", n).query(String.class)
                .single()).contains(n).contains("{{queryCode}}").contains(BASE_URL + "/hotline/status?ticketNumber=" + n)
                .doesNotContain((String) receipt.get("queryCode"));

        String staffApi = "/api/v1/staff/hotline/tickets/" + n + "/";
        mvc.perform(post(staffApi + "dispatch").with(operator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitCode\": \"119901011001003591\"}")).andExpect(status().isOk());
        mvc.perform(post(staffApi + "urge").with(operator).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxFor(handler, n).size() == 2);
        assertThat(inboxFor(handler, n)).extracting(Inbox.Item::title).anySatisfy(t -> assertThat(t).contains("派单")
                .contains("主办")).anySatisfy(t -> assertThat(t).contains("第 1 次催办"));

        for (int i = 0; i < 2; i++) { // the sweeper's event (HotlineSweepIntegrationTest), redelivered: one notice
            tx.executeWithoutResult(status -> events.publishEvent(new org.gongkai.hotline.HotlineEvents.TicketOverdue(n,
                    housing, java.time.LocalDate.parse("2026-06-23"))));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxFor(handler, n).size() == 3);
        mvc.perform(post(staffApi + "accept").with(unit)).andExpect(status().isOk());
        mvc.perform(post(staffApi + "reply").with(unit).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reply\": \"已更换\"}")).andExpect(status().isOk());
        mvc.perform(post(staffApi + "close").with(operator)).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE "
                + "subject_ref = :n AND kind = 'HOTLINE_REPLY' AND channel = 'SMS'").param("n", n)
                .query(Long.class).single() == 1);
        assertThat(inboxFor(handler, n)).hasSize(3);
    }

    @Test
    void aLateAcceptanceIsToldToTheUnitAndToTheCentreOnce() {
        long housing = units.findByCreditCode("119901011001003591").orElseThrow().id();
        long handler = staff.findByUsername("hotlinehandler").orElseThrow().id();
        long operator = staff.findByUsername("hotlineofficer").orElseThrow().id();
        long elsewhere = staff.findByUsername("cityhandler").orElseThrow().id();
        String n = "RX20260615999001";
        java.time.Instant due = java.time.Instant.parse("2026-06-15T03:30:00Z"); // 11:30 in Asia/Shanghai
        for (int i = 0; i < 2; i++) { // redelivered: one notice each
            tx.executeWithoutResult(status -> events.publishEvent(
                    new org.gongkai.hotline.HotlineEvents.TicketAcceptLate(n, housing, due)));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> inboxFor(handler, n).size() == 1
                && inboxFor(operator, n).size() == 1);
        assertThat(inboxFor(handler, n)).singleElement().satisfies(item -> assertThat(item.title())
                .contains("超时未签收").contains("2026-06-15 11:30"));
        assertThat(inboxFor(elsewhere, n)).isEmpty();
    }

    @Test
    void aPersistedEventWhoseListenerFailedIsDeliveredOnResubmission() {
        String id = "probe-" + System.nanoTime();
        tx.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Probe(id)));

        await().atMost(Duration.ofSeconds(30)).until(() -> flaky.calls() >= 1 && incomplete(id) == 1);
        assertThat(flaky.delivered()).isZero();

        recovery.resubmitFailed(Duration.ZERO); // what happens at start-up and every few minutes

        await().atMost(Duration.ofSeconds(30)).until(() -> flaky.delivered() == 1 && incomplete(id) == 0);
    }

    long incomplete(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + id + "%").query(Long.class).single();
    }
}
