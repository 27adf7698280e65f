package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.actor;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AttachmentAndSchedulingTest {

    @Autowired
    CatalogueService service;
    @Autowired
    CatalogueSweeper sweeper;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;

    long office() {
        return CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
    }

    Document draft(Actor a, String title, String body) {
        return service.createDraft(a, office(), new DocumentContent(title, null, null, LocalDate.of(2026, 11, 20),
                "民政、扶贫、救灾\\社会福利", InformationCategory.A21_C_SOCIAL_ASSISTANCE, "公示", List.of("公示"), null,
                null, null, null, null, body));
    }

    Document signedOff(Actor a, long id) {
        service.act(a, id, WorkflowAction.SUBMIT, CatalogueService.ActionInput.NONE);
        service.act(a, id, WorkflowAction.REVIEW, CatalogueService.ActionInput.NONE);
        return service.act(a, id, WorkflowAction.SIGN_OFF, CatalogueService.ActionInput.NONE);
    }

    @Test
    void attachmentFindingNeedsACleanedAttachmentAndSpreadsheetsBecomeAccessibleTables() throws Exception {
        Actor a = actor(office(), Role.EDITOR, Role.REVIEWER, Role.LEADER);
        Document d = draft(a, unique("低保公示"), "<p>名单见附件。</p>");
        Attachment leaky = service.addAttachment(a, d.id(), new ByteArrayInputStream(ImportTest.xlsx(List.of(
                List.of("姓名", "电话"), List.of("张*明", "13912345678")))), "名单.xlsx");
        service.act(a, d.id(), WorkflowAction.SUBMIT, CatalogueService.ActionInput.NONE);
        List<Finding> findings = service.findings(a, d.id());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.attachmentId()).isEqualTo(leaky.id());
            assertThat(f.kind()).isEqualTo(PersonalDataGuard.Kind.MOBILE);
            assertThat(f.context()).doesNotContain("13912345678");
        });
        assertThat(catchConflict(() -> service.act(a, d.id(), WorkflowAction.REVIEW, CatalogueService.ActionInput.NONE)))
                .contains("未处理");

        service.act(a, d.id(), WorkflowAction.RETURN, new CatalogueService.ActionInput("请替换附件", null));
        service.removeAttachment(a, leaky.id());
        Attachment clean = service.addAttachment(a, d.id(), new ByteArrayInputStream(ImportTest.xlsx(List.of(
                List.of("姓名", "电话"), List.of("张*明", "139****5678")))), "名单.xlsx");
        signedOff(a, d.id());
        assertThat(service.findings(a, d.id())).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Finding.Status.CLEANED));
        service.act(a, d.id(), WorkflowAction.PUBLISH, CatalogueService.ActionInput.NONE);

        mvc.perform(get("/openness/documents/{id}", d.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<caption>名单.xlsx · 目录</caption>"),
                        containsString("<th scope=\"col\">电话</th>"), containsString("139****5678"),
                        containsString("/openness/attachments/" + clean.id() + "/table?sheet=0"))));
        String csv = mvc.perform(get("/openness/attachments/{id}/table", clean.id()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("姓名,电话", "张*明,139****5678");
        mvc.perform(get("/openness/attachments/{id}", leaky.id())).andExpect(status().isNotFound());
    }

    @Test
    void mislabelledAttachmentIsRefusedWithTheReason() {
        Actor a = actor(office(), Role.EDITOR);
        Document d = draft(a, unique("附件"), "正文");
        assertThat(catchAny(() -> service.addAttachment(a, d.id(),
                new ByteArrayInputStream("<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)), "报表.pdf")))
                .isNotBlank();
    }

    @Test
    void scheduledDocumentIsPublishedByTheSweeperOnceDue() {
        Actor a = actor(office(), Role.EDITOR, Role.REVIEWER, Role.LEADER);
        Document d = draft(a, unique("定时"), "正文");
        signedOff(a, d.id());
        service.act(a, d.id(), WorkflowAction.SCHEDULE, new CatalogueService.ActionInput(null,
                clock.instant().plusSeconds(2)));
        assertThat(service.publishIfDue(d.id())).isFalse();
        jdbc.sql("UPDATE catalogue_document SET scheduled_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(clock.instant().minusSeconds(60)), d.id()).update();
        sweeper.publishDue();
        Document published = service.view(a, d.id());
        assertThat(published.status()).isEqualTo(DocumentStatus.PUBLISHED);
        assertThat(published.indexNumber()).startsWith(CatalogueFixtures.OFFICE + "/");
        // the sweeper dispatched PublishDocument as the system
        assertThat(jdbc.sql("SELECT actor FROM audit_record WHERE object_id = ? AND action = 'PUBLISH_DOCUMENT'"
                + " AND outcome = 'SUCCESS'").param(String.valueOf(d.id())).query(String.class).list())
                .containsExactly("system");
    }

    @Test
    void indexNumbersAreUniqueUnderConcurrentPublication() throws Exception {
        Actor a = actor(office(), Role.EDITOR, Role.REVIEWER, Role.LEADER);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(signedOff(a, draft(a, unique("并发"), "正文").id()).id());
        }
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (Long id : ids) {
            futures.add(pool.submit(() -> numbers.add(
                    service.act(a, id, WorkflowAction.PUBLISH, CatalogueService.ActionInput.NONE).indexNumber())));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(numbers).hasSize(8).allMatch(n -> n.matches(CatalogueFixtures.OFFICE + "/\\d{4}-\\d{5}"));
        List<String> all = jdbc.sql("SELECT index_number FROM catalogue_document WHERE index_number IS NOT NULL")
                .query(String.class).list();
        assertThat(all).doesNotHaveDuplicates();
        // a withdrawn document keeps its number; revising and republishing never changes it
        long first = ids.get(0);
        String kept = service.view(a, first).indexNumber();
        service.act(a, first, WorkflowAction.WITHDRAW, new CatalogueService.ActionInput("测试撤回", null));
        assertThat(service.view(a, first).indexNumber()).isEqualTo(kept);
        assertThat(Collections.frequency(jdbc.sql("SELECT index_number FROM catalogue_document").query(String.class).list(), kept))
                .isEqualTo(1);
    }

    @Test
    void nightlyRescanReportsFindingsInPublicDocumentsOnce() {
        Actor a = actor(office(), Role.EDITOR, Role.REVIEWER, Role.LEADER);
        Document d = draft(a, unique("复查"), "正文");
        signedOff(a, d.id());
        service.act(a, d.id(), WorkflowAction.PUBLISH, CatalogueService.ActionInput.NONE);
        // a published version that predates a rule: the row is changed behind the workflow's back
        jdbc.sql("UPDATE catalogue_document SET body = '<p>联系电话13712345678</p>' WHERE id = ?").param(d.id()).update();
        assertThat(service.rescanPublic(d.id())).isEqualTo(1);
        assertThat(service.rescanPublic(d.id())).isZero();
        assertThat(service.rescanFindings(a)).anyMatch(f -> f.documentId() == d.id());
    }

    static String catchConflict(Runnable r) {
        return catchAny(r);
    }

    static String catchAny(Runnable r) {
        try {
            r.run();
        } catch (GongkaiException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }
}
