package org.gongkai.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The public consultation flow in a real browser over the demo county, without script: the list, the open
 * consultation's page, a comment refused for its missing contact (the reason at the field, what was typed kept),
 * then accepted; the closed consultation's feedback report; the editor's console pages, a new draft with its file form
 * and its edit form refused at an unknown draft document (what was typed kept). Every page passes axe.
 */
class ConsultationBrowserTest extends BrowserTest {

    @Test
    void theyCommentOnAnOpenDraftAndReadTheFeedbackOfAClosedOne() {
        open("/consultations");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("公众参与：征求意见");
        assertThat(find(By.id("open-consultations")).getText()).contains(DemoConsultations.OPEN_TITLE);
        assertAccessible();
        screenshot("consultations-index");

        clickAndWaitForPage(By.cssSelector("#open-consultations a"));
        assertThat(currentPath()).startsWith("/consultations/");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo(DemoConsultations.OPEN_TITLE);
        assertThat(find(By.id("timeline-heading")).getText()).isEqualTo("进程");
        assertAccessible();

        find(By.id("name")).sendKeys("测试者");
        find(By.id("article")).sendKeys("第四条");
        find(By.id("text")).sendKeys("建议明确犬链长度。");
        clickAndWaitForPage(By.cssSelector("#comment-form button[type='submit']"));
        assertThat(find(By.id("contact-error")).getText()).contains("请填写联系方式");
        assertThat(find(By.id("contact")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(By.id("name")).getAttribute("value")).isEqualTo("测试者");
        assertThat(find(By.id("text")).getAttribute("value")).isEqualTo("建议明确犬链长度。");
        assertAccessible();
        screenshot("consultation-refused");

        find(By.id("contact")).sendKeys("13700001234");
        clickAndWaitForPage(By.cssSelector("#comment-form button[type='submit']"));
        assertThat(find(By.cssSelector("#comment-form .notice-ok")).getText()).contains("您的意见已收到");
        assertThat(browser.getPageSource()).doesNotContain("13700001234");
        assertAccessible();
        screenshot("consultation-sent");

        open("/consultations");
        clickAndWaitForPage(By.cssSelector("#closed-consultations a[href$='/feedback']"));
        assertThat(find(By.tagName("h1")).getText()).contains(DemoConsultations.CLOSED_TITLE, "采纳情况的反馈");
        assertThat(find(By.tagName("main")).getText()).contains("共收到意见 4 条，其中采纳 1 条，部分采纳 2 条，未采纳 1 条");
        assertAccessible();
        screenshot("consultation-feedback");
    }

    @Test
    void theEditorsConsolePagesPassAxe() throws InterruptedException {
        signIn("editor");
        open("/console/consultations");
        assertThat(find(By.id("console-consultations")).getText()).contains(DemoConsultations.OPEN_TITLE,
                DemoConsultations.CLOSED_TITLE);
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("#console-consultations a"));
        assertThat(find(By.id("consultation-status")).getText()).isNotBlank();
        assertAccessible();
        screenshot("consultation-console");

        open("/console/consultations");
        find(By.id("create-title")).sendKeys("示例县浏览器测试办法（征求意见稿）");
        find(By.id("create-draftText")).sendKeys("第一条 为了测试。");
        find(By.id("create-explanation")).sendKeys("起草说明。");
        clickAndWaitForPage(By.cssSelector("#form-create button[type='submit']"));
        assertThat(find(By.id("form-attach"))).isNotNull();
        assertAccessible();
        clickAndWaitForPage(By.id("edit-link"));
        assertThat(find(By.id("edit-title")).getAttribute("value")).isEqualTo("示例县浏览器测试办法（征求意见稿）");
        find(By.id("edit-title")).sendKeys("（修改稿）");
        find(By.id("edit-draftDocumentId")).sendKeys("987654321");
        clickAndWaitForPage(By.cssSelector("#form-edit button[type='submit']"));
        assertThat(find(By.id("edit-draftDocumentId-error")).getText()).contains("不存在或尚未公开");
        assertThat(find(By.id("edit-title")).getAttribute("value")).endsWith("（修改稿）");
        assertThat(find(By.id("edit-draftText")).getAttribute("value")).isEqualTo("第一条 为了测试。");
        assertAccessible();
        screenshot("consultation-edit-refused");
    }
}
