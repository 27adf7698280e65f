package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The public case status page in a real browser: axe finds no serious violation, in normal and 长者模式. */
class ServiceCaseStatusBrowserTest extends BrowserTest {

    @Test
    void theStatusPageIsAccessibleBeforeAndAfterALookupAndInElderMode() {
        open("/services/cases");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("政务服务办件查询");
        assertAccessible();

        find(By.id("caseNumber")).sendKeys("FW000000000000");
        find(By.id("queryCode")).sendKeys("WRONG1");
        clickAndWaitForPage(By.cssSelector("#form-lookup button[type='submit']"));
        assertThat(find(By.id("lookup-error")).getText()).contains("不正确");
        assertThat(find(By.id("caseNumber")).getAttribute("value")).isEqualTo("FW000000000000");
        assertAccessible();

        open("/services/cases");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        assertThat(htmlClass()).contains("mode-large-text");
        assertAccessible();
        screenshot("services-case-status-elder-mode");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
    }
}
