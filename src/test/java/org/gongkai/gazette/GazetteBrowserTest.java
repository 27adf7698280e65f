package org.gongkai.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The gazette in a real browser over the demo county's issues: the list, a year's volume with its index and an issue
 * with its table of contents pass axe (also in the large-text and high-contrast modes), the contents' links are plain
 * anchors; the office editor's console pages (an issue, the distribution list, the delivery notes) pass axe too.
 */
class GazetteBrowserTest extends BrowserTest {

    @Test
    void theGazettePagesPassAxeAndWorkWithoutScript() throws InterruptedException {
        open("/gazette");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("示例县人民政府公报");
        assertAccessible();
        screenshot("gazette-index");

        clickAndWaitForPage(By.cssSelector("#gazette-years a"));
        assertThat(currentPath()).isEqualTo("/gazette/2025");
        assertThat(find(By.id("volume-by-title")).getText()).contains("示例县农村宅基地管理办法");
        assertAccessible();
        screenshot("gazette-volume");

        clickAndWaitForPage(By.cssSelector("#year-issues a"));
        assertThat(currentPath()).isEqualTo("/gazette/2025/1");
        assertThat(find(By.id("toc")).getText()).contains("目录");
        find(By.cssSelector("#toc ol ol a")).click();
        assertThat(browser.getCurrentUrl()).contains("#doc-");
        assertAccessible();
        screenshot("gazette-issue");

        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));
        assertThat(htmlClass()).contains("mode-large-text", "mode-high-contrast");
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));

        signIn("editor");
        open("/console/gazette?year=2025");
        assertThat(find(By.id("console-issues")).getText()).contains("已出版");
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("#console-issues a"));
        assertThat(find(By.id("issue-status")).getText()).isEqualTo("已出版");
        assertAccessible();
        screenshot("gazette-console-issue");
        clickAndWaitForPage(By.id("delivery-all"));
        assertThat(find(By.id("delivery-total")).getText()).isNotEqualTo("0");
        assertAccessible();
        open("/console/gazette/places");
        assertAccessible();
        open("/console/gazette?year=2025");
        find(By.id("create-year")).clear();
        find(By.id("create-year")).sendKeys("2025");
        clickAndWaitForPage(By.cssSelector("#form-create button[type='submit']"));
        assertThat(find(By.id("issue-status")).getText()).isEqualTo("编辑中");
        assertThat(find(By.tagName("h1")).getText()).contains("2025年第4期");
        assertThat(find(By.id("candidates")).getText()).contains("示例县农村宅基地管理办法", "2025年第2期");
        assertAccessible();
        screenshot("gazette-console-draft");
    }
}
