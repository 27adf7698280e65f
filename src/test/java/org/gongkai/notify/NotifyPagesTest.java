package org.gongkai.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox in the console (own messages only, unread count in the header) and the administrator's templates. */
@IntegrationTest
class NotifyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Inbox inbox;
    @Autowired
    MessageTemplates templates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static RequestPostProcessor staff(long staffId) {
        return TestActors.as(staffId, "inbox-" + staffId, Map.of(1L, Set.of(Role.REQUEST_OFFICER)));
    }

    @Test
    void staffSeeTheirUnreadCountInTheHeaderAndMarkTheirOwnMessagesRead() throws Exception {
        long me = 900_001;
        long other = 900_002;
        inbox.post("test:" + me + ":1", me, NotificationKind.DEADLINE_APPROACHING, "申请 YS1 还有 5 个工作日到期",
                "请及时办理。", "/console/requests/YS1", clock.instant());
        inbox.post("test:" + me + ":2", me, NotificationKind.REQUEST_OVERDUE, "申请 YS2 已逾期", "请立即办理。",
                "/console/requests/YS2", clock.instant());
        inbox.post("test:" + other + ":1", other, NotificationKind.REQUEST_OVERDUE, "别人的消息", "x", null,
                clock.instant());
        long othersMessage = jdbc.sql("SELECT id FROM notify_inbox WHERE dedupe_key = :k")
                .param("k", "test:" + other + ":1").query(Long.class).single();

        mvc.perform(get("/console").with(staff(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("消息，2 条未读")));
        mvc.perform(get("/console/inbox").with(staff(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("申请 YS1 还有 5 个工作日到期")))
                .andExpect(content().string(not(containsString("别人的消息"))));

        long mine = jdbc.sql("SELECT id FROM notify_inbox WHERE dedupe_key = :k").param("k", "test:" + me + ":1")
                .query(Long.class).single();
        mvc.perform(post("/console/inbox/" + mine + "/read").with(staff(me)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inbox.unread(me)).isEqualTo(1);
        mvc.perform(post("/console/inbox/" + othersMessage + "/read").with(staff(me)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(inbox.unread(other)).isEqualTo(1);

        mvc.perform(post("/console/inbox/email").with(staff(me)).with(csrf()).param("email", "不是邮箱"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写有效的电子邮箱地址")))
                .andExpect(content().string(containsString("value=\"不是邮箱\"")));
        mvc.perform(get("/console/inbox")).andExpect(status().is3xxRedirection()); // not signed in: login
    }

    @Test
    void theSystemAdministratorEditsATemplateAndOnlyKnownPlaceholdersAreAccepted() throws Exception {
        RequestPostProcessor admin = TestActors.as(Role.SYSTEM_ADMIN, 1L);
        mvc.perform(get("/console/notify/templates").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("申请回执（申请人）")));
        mvc.perform(get("/console/notify/templates").with(TestActors.as(Role.REQUEST_OFFICER, 1L)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/console/notify/templates/REQUEST_RECEIPT").with(admin).with(csrf())
                .param("subject", "回执 {{trackingNumber}}").param("body", "您好 {{applicantName}}"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不认识的占位符 {{applicantName}}")))
                .andExpect(content().string(containsString("您好 {{applicantName}}")));

        mvc.perform(post("/console/notify/templates/REQUEST_RECEIPT").with(admin).with(csrf())
                .param("subject", "回执 {{trackingNumber}}").param("body", "查询号 {{trackingNumber}}，查询：{{statusUrl}}"))
                .andExpect(status().is3xxRedirection());
        assertThat(templates.current(NotificationKind.REQUEST_RECEIPT).subject()).isEqualTo("回执 {{trackingNumber}}");
        assertThat(MessageTemplates.render(templates.current(NotificationKind.REQUEST_RECEIPT).body(),
                Map.of("trackingNumber", "YS123", "statusUrl", "https://x/requests/status"))).isEqualTo(
                "查询号 YS123，查询：https://x/requests/status");

        mvc.perform(post("/console/notify/templates/REQUEST_RECEIPT/reset").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(templates.current(NotificationKind.REQUEST_RECEIPT).edited()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action LIKE 'NOTIFICATION_TEMPLATE_%'")
                .query(Long.class).single()).isEqualTo(2);
    }
}
