package org.gongkai.trading.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #14 in a real browser on the demo county: a citizen finds the project's announcement on the portal (公共资源交易
 * → the project's timeline → the announcement, a catalogue document published through review); the trading officer
 * draws experts for that project through the console form, the portal shows the sealed record (commitment and pool digest only), the officer records the
 * evaluation start, the portal shows the public record with its replay computed on the server, and the project's
 * timeline now links the draw; the statistics page
 * with its SVG charts and tables, and its GET form. axe (WCAG 2.1 AA) finds no serious violation on the public pages
 * and the project page. No page needs JavaScript.
 */
class TradingPagesBrowserTest extends BrowserTest {

    static final Pattern DRAW_ID = Pattern.compile("抽取编号 (CQ-\\S+?)；");

    @Test
    void aDrawFromTheConsoleToTheSealedAndThePublicRecord() throws InterruptedException {
        String project = "GK-" + clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear() + "-902";
        open("/trading");
        clickAndWaitForPage(By.cssSelector("#main a[href='/trading/projects/" + project + "']"));
        assertThat(currentPath()).isEqualTo("/trading/projects/" + project);
        String timeline = find(By.id("timeline")).getText();
        assertThat(timeline).contains("招标公告").doesNotContain("查看抽取记录");
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("#timeline li[id^='notice-'] a"));
        assertThat(currentPath()).startsWith("/openness/");
        assertThat(find(By.id("main")).getText()).contains("示例县城关镇污水管网改造工程");
        assertAccessible();

        signIn("trading");
        open("/console/trading");
        clickAndWaitForPage(By.linkText(project));
        assertAccessible();
        new Select(find(By.id("draw-specialty"))).selectByValue("A01");
        find(By.id("draw-count")).sendKeys("5");
        find(By.id("draw-committeeSize")).sendKeys("5");
        clickAndWaitForPage(By.cssSelector("#form-draw button[type='submit']"));
        Matcher m = DRAW_ID.matcher(find(By.id("main")).getText());
        assertThat(m.find()).as("the notice names the draw, its commitment and pool digest").isTrue();
        String drawId = m.group(1);
        assertThat(find(By.id("project-draws")).getText()).contains(drawId);

        open("/trading/draws/" + drawId);
        assertThat(find(By.id("draw-state")).getText()).contains("封存中");
        assertThat(browser.findElements(By.id("draw-seed"))).isEmpty();
        assertAccessible();

        open("/console/trading/projects/" + project);
        clickAndWaitForPage(By.cssSelector("#form-start button[type='submit']"));
        assertThat(find(By.id("project-started")).getText()).contains("评标已开始");

        open("/trading/draws/" + drawId);
        assertThat(find(By.id("draw-state")).getText()).isEqualTo("已公开");
        assertThat(find(By.id("draw-replay")).getText()).contains("复现成功");
        assertThat(find(By.id("draw-replayed")).getText().replace("、", ","))
                .isEqualTo(String.join(",", find(By.id("draw-selected")).findElements(By.tagName("li")).stream()
                        .map(e -> e.getText()).toList()));
        assertAccessible();
        screenshot("trading-draw-public");

        open("/trading/projects/" + project);
        clickAndWaitForPage(By.linkText("查看抽取记录并验证"));
        assertThat(currentPath()).isEqualTo("/trading/draws/" + drawId);
        assertThat(find(By.id("draw-state")).getText()).isEqualTo("已公开");
    }

    @Test
    void theStatisticsPageHasChartsTablesAndAPlainForm() {
        open("/trading");
        clickAndWaitForPage(By.cssSelector("#trading-more a[href='/trading/statistics']"));
        assertThat(currentPath()).isEqualTo("/trading/statistics");
        assertThat(find(By.id("statistics-types")).getText()).contains("建设工程", "政府采购");
        assertThat(browser.findElements(By.cssSelector("svg.chart[role='img']"))).hasSizeGreaterThanOrEqualTo(3);
        assertAccessible();
        screenshot("trading-statistics");
        String period = find(By.id("statistics-period")).getText();
        clickAndWaitForPage(By.cssSelector("form.filters button[type='submit']")); // the form as shown: same period
        assertThat(currentPath()).isEqualTo("/trading/statistics");
        assertThat(find(By.id("statistics-period")).getText()).isEqualTo(period);
        open("/trading/statistics?from=2025-07-01&to=2026-06-15");
        assertThat(find(By.id("statistics-months")).getText()).contains("2025-07", "2026-06");
        assertAccessible();
    }
}
