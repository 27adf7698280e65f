package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.gongkai.organisation.ExternalIssuers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #10 in a real browser: the 法律法规 column (all issuers, one issuer, a republished law's page) and the search
 * page with its 本县文件 / 法律法规 switch and the no-result next steps pass axe; the switch works without JavaScript.
 */
class LawsColumnBrowserTest extends BrowserTest {

    @Autowired
    ExternalIssuers issuers;

    @Test
    void theLawsColumnAndTheSearchPagesHaveNoSeriousAccessibilityViolations() {
        long stateCouncil = issuers.find("国务院").orElseThrow().id();
        open("/openness/laws");
        assertAccessible();
        screenshot("openness-laws");
        open("/openness/laws?issuer=" + stateCouncil);
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("table.table tbody tr:first-child a"));
        assertThat(find(By.cssSelector("p.notice")).getText()).contains("国务院", "转载");
        assertAccessible();

        open("/search?q=" + "宅基地");
        assertAccessible();
        clickAndWaitForPage(By.linkText("法律法规"));
        assertThat(browser.getCurrentUrl()).contains("scope=laws");
        assertThat(find(By.cssSelector(".search-scope [aria-current]")).getText()).isEqualTo("法律法规（当前）");
        open("/search?q=" + "龘靐齉爩");
        assertThat(find(By.cssSelector(".next-steps")).getText()).contains("依申请公开", "在线提交 12345 诉求");
        assertAccessible();
        clickAndWaitForPage(By.linkText("在线提交 12345 诉求")); // the hotline's own form (issue #12), not a dead link
        assertThat(currentPath()).isEqualTo("/hotline");
        assertAccessible();
    }
}
