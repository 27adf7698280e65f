package org.gongkai.trading.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's 公共资源交易 section in a real browser (issue #14) over the demo county's published notices: axe finds no
 * serious violation on {@code /trading} and on a project's timeline (also in the large-text and high-contrast modes),
 * and the filter is a plain GET form (no JavaScript needed).
 */
class TradingPortalBrowserTest extends BrowserTest {

    @Test
    void theSectionAndATimelinePassAxeAndTheFilterIsAPlainForm() {
        open("/trading");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("公共资源交易");
        assertThat(browser.findElements(By.cssSelector("#latest-notices tbody tr"))).isNotEmpty();
        assertAccessible();
        screenshot("trading-index");

        new Select(find(By.id("type"))).selectByValue("WORKS");
        new Select(find(By.id("kind"))).selectByValue("CANDIDATES");
        clickAndWaitForPage(By.cssSelector("form.filters button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/trading");
        assertThat(find(By.id("latest-notices")).getText()).contains("中标候选人公示");
        assertThat(find(By.id("project-list")).getText()).contains("建设工程").doesNotContain("政府采购");

        clickAndWaitForPage(By.cssSelector("#latest-notices tbody tr td[data-label='项目'] a"));
        assertThat(currentPath()).startsWith("/trading/projects/");
        assertThat(find(By.id("timeline")).getText()).contains("招标公告").contains("中标候选人公示")
                .contains("异议期").contains("成交");
        assertAccessible();
        screenshot("trading-project-timeline");

        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));
        assertThat(htmlClass()).contains("mode-large-text", "mode-high-contrast");
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));
    }
}
