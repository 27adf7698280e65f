package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A supervision task from an inspection's finding to its closure in a real browser (issue #15), on the demo county:
 * the supervisor ({@code supervisor}, 县政府办) records a 日常巡查 with a finding about 住建局 and makes it a task
 * assigned to 住建局; 住建局's staff ({@code hotlinehandler}) find it in their unit's list and report progress with an
 * evidence file; the supervisor returns it with a reason; the unit reports again; the supervisor accepts and closes
 * it, and the finding shows its task closed. axe (WCAG 2.1 AA) on every page visited.
 */
class TaskLoopBrowserTest extends BrowserTest {

    static final String HOUSING = "119901011001003591"; // 住建局

    String task;

    void as(String username) throws InterruptedException {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    void taskPage() {
        open("/console/supervision/tasks/" + task);
        assertAccessible();
    }

    String status() {
        return find(By.id("task-status")).getText();
    }

    void submit(String form) {
        clickAndWaitForPage(By.cssSelector("#" + form + " button[type='submit']"));
        assertThat(currentPath()).as("after " + form).isEqualTo("/console/supervision/tasks/" + task);
    }

    void report(String text, Path evidence) {
        find(By.id("progress-text")).sendKeys(text);
        find(By.id("progress-evidence")).sendKeys(evidence.toAbsolutePath().toString());
        submit("form-progress");
        assertThat(status()).isEqualTo("待验收");
        assertAccessible();
    }

    static Path pdf() throws Exception {
        Path file = Files.createTempFile("整改照片", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void aFindingBecomesATaskThatIsReportedReturnedReportedAgainAcceptedAndClosed() throws Exception {
        Path evidence = pdf();
        as("supervisor");
        open("/console/supervision/inspections");
        assertAccessible();
        new Select(find(By.id("record-kind"))).selectByValue("ROUTINE");
        find(By.id("record-title")).sendKeys("六月网站日常巡查");
        new Select(find(By.id("record-unitCode"))).selectByValue(HOUSING);
        find(By.id("record-description")).sendKeys("住建局“工作动态”栏目两个月未更新");
        clickAndWaitForPage(By.cssSelector("#form-record button[type='submit']"));
        assertThat(currentPath()).startsWith("/console/supervision/inspections/XC2026-");
        String inspection = currentPath();
        assertAccessible();
        String taskForm = find(By.cssSelector("form[id^='form-task-']")).getAttribute("id");
        find(By.cssSelector("#" + taskForm + " input[name='requiredEvidence']")).sendKeys("更新后的栏目截图");
        clickAndWaitForPage(By.cssSelector("#" + taskForm + " button[type='submit']"));
        assertThat(currentPath()).startsWith("/console/supervision/tasks/DB2026-");
        task = find(By.id("task-number")).getText();
        assertThat(status()).isEqualTo("办理中");
        assertThat(find(By.cssSelector("main dl")).getText()).contains("住建局", "巡查发现的问题");
        assertAccessible();
        assertThat(browser.findElements(By.id("form-progress"))).as("the office does not report").isEmpty();

        as("hotlinehandler");
        open("/console/supervision/tasks?mine=true");
        assertAccessible();
        clickAndWaitForPage(By.linkText(task));
        assertAccessible();
        assertThat(browser.findElements(By.id("form-accept"))).as("a unit does not accept").isEmpty();
        assertThat(find(By.id("progress-text")).getAttribute("required")).isNotNull();
        report("已更新栏目信息 8 条，建立每周更新机制", evidence);

        as("supervisor");
        taskPage();
        assertThat(find(By.id("return-reason")).getAttribute("required")).as("a return needs its reason").isNotNull();
        find(By.id("return-reason")).sendKeys("截图未显示更新日期");
        submit("form-return");
        assertThat(status()).isEqualTo("退回整改");
        assertAccessible();

        as("hotlinehandler");
        taskPage();
        report("补充带更新日期的栏目截图", evidence);

        as("supervisor");
        taskPage();
        assertThat(find(By.id("ledger")).getText()).contains("退回整改", "截图未显示更新日期", "报送整改情况");
        find(By.id("accept-opinion")).sendKeys("整改到位");
        submit("form-accept");
        assertThat(status()).isEqualTo("已验收");
        assertAccessible();
        submit("form-close");
        assertThat(status()).isEqualTo("已办结");
        assertThat(browser.findElements(By.cssSelector("main form"))).as("nothing left to do").isEmpty();
        assertAccessible();
        open(inspection);
        assertThat(find(By.cssSelector("[id^='finding-status-']")).getText()).isEqualTo("已转督办（已办结）");
        assertAccessible();
        open("/console/supervision/patrol");
        assertAccessible();
        Files.deleteIfExists(evidence);
    }
}
