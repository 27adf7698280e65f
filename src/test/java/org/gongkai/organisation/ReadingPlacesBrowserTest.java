package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The reading places (查阅点) in a real browser: the portal page and a unit's disclosure guide pass axe, and the
 * system administrator's form shows a refusal at its field and then saves (issue #16).
 */
class ReadingPlacesBrowserTest extends BrowserTest {

    @Test
    void thePortalPageTheGuideAndTheConsoleFormPassAxe() throws Exception {
        open("/openness/reading-places");
        assertAccessible();
        assertThat(find(By.tagName("main")).getText()).contains("示例县图书馆政府信息查阅专区", "可查阅内容");

        open("/openness/guide");
        clickAndWaitForPage(By.linkText("示例县财政局"));
        assertThat(find(By.tagName("main")).getText()).contains("示例县档案馆现行文件查阅中心");
        assertAccessible();

        signIn("sysadmin");
        open("/console/organisation/reading-places/new");
        assertAccessible();
        find(By.id("name")).sendKeys("浏览器测试查阅点");
        clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(find(By.tagName("main")).getText()).contains("请填写地址");
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(find(By.id("kind"))).selectByValue("LIBRARY");
        find(By.id("address")).sendKeys("示例县文化路10号");
        find(By.id("hours")).sendKeys("全天");
        clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/console/organisation/reading-places");
        assertThat(find(By.tagName("main")).getText()).contains("已添加查阅点：浏览器测试查阅点");
        assertAccessible();
    }
}
