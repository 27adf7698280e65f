package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.BrowserTest;
import org.gongkai.ConsoleFixtures;
import org.gongkai.TestActors.TestActor;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.WorkflowAction;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.RequestService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer's console in a real browser (#10): the workbench with demo data (counts that link to the filtered
 * queues), the request page with its next action, the folded others and the masked applicant revealed on request;
 * axe on each. With {@code -Dgongkai.screenshots=true} it writes docs/screenshots/workbench.png (1280 px wide).
 */
class WorkbenchBrowserTest extends BrowserTest {

    @Autowired
    RequestService requests;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    UnitDirectory units;

    @Test
    void theWorkbenchCountsLinkToTheQueuesAndTheRequestPageLeadsWithTheNextAction() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        long office = units.findByCreditCode(ConsoleFixtures.OFFICE).orElseThrow().id();
        TestActor officer = new TestActor(-51, "browser-officer", "承办", Map.of(office,
                Set.of(Role.REQUEST_OFFICER, Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        LocalDate today = LocalDate.now(clock);
        String soon = ConsoleFixtures.requestDueOn(requests, calendar, officer, ConsoleFixtures.OFFICE,
                calendar.addWorkingDays(today, 3).date(), "示例县2026年城区道路改造工程招标文件");
        ConsoleFixtures.requestDueOn(requests, calendar, officer, ConsoleFixtures.OFFICE,
                calendar.addWorkingDays(today, 5).date(), "示例县2025年度城乡低保资金发放明细");
        String overdue = ConsoleFixtures.requestDueOn(requests, calendar, officer, ConsoleFixtures.OFFICE,
                LocalDate.parse("2026-06-05"), "示例县人民医院新院区建设项目环评材料");
        for (String title : List.of("示例县关于做好2026年防汛工作的通知", "示例县政务服务事项目录（2026年版）")) {
            var d = catalogue.createDraft(officer, office, content(title));
            catalogue.act(officer, d.id(), WorkflowAction.SUBMIT, CatalogueService.ActionInput.NONE);
            catalogue.act(officer, d.id(), WorkflowAction.REVIEW, CatalogueService.ActionInput.NONE);
        }

        signIn("leader");
        open("/console");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("工作台");
        assertThat(count("todo-requests-due-soon")).isGreaterThanOrEqualTo(2);
        assertThat(count("todo-requests-due-overdue")).isGreaterThanOrEqualTo(1);
        assertThat(count("todo-catalogue-status-reviewed")).isGreaterThanOrEqualTo(2);
        assertAccessible();
        screenshot("workbench");

        clickAndWaitForPage(By.id("todo-requests-due-soon"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/requests?due=soon");
        assertThat(find(By.tagName("main")).getText()).contains(soon).doesNotContain(overdue);
        assertThat(browser.findElements(By.id("register-link"))).as("leaders do not register letters").isEmpty();
        assertAccessible();

        browser.manage().deleteAllCookies();
        signIn("requestofficer");
        open("/console/requests/" + soon);
        assertThat(find(By.id("next-action")).getText()).contains("受理");
        assertThat(find(By.id("accept-button")).getAttribute("class")).contains("btn-primary");
        assertThat(find(By.id("applicant-identity")).getText()).isEqualTo("11*************02X");
        assertThat(find(By.id("transfer-unitId")).isDisplayed()).as("folded").isFalse();
        assertAccessible();
        find(By.cssSelector("#more-actions > summary")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("transfer-unitId")));
        assertAccessible();

        clickAndWaitForPage(By.id("reveal-button"));
        assertThat(find(By.id("applicant-identity")).getText()).isEqualTo("11010519491231002X");
        assertThat(find(By.id("applicant-heading")).getText()).contains("已记入审计日志");
        assertAccessible();

        clickAndWaitForPage(By.id("accept-button"));
        assertThat(find(By.id("next-action")).getText()).contains("审核完成");
        assertThat(find(By.id("applicant-identity")).getText()).as("masked again").isEqualTo("11*************02X");
    }

    private long count(String id) {
        return Long.parseLong(find(By.id(id)).findElement(By.className("todo-count")).getText());
    }

    private static DocumentContent content(String title) {
        return new DocumentContent(title, null, null, LocalDate.of(2026, 6, 1), "综合政务\\政务公开",
                InformationCategory.A20_15_OTHER, "通知", List.of("政务公开"), null, null, null, null, null,
                "<p>" + title + "。</p>");
    }
}
