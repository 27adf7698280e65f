package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #11's "Done when" journey in a real browser, on the demo county and the fixed TestClock: a resident reads the
 * guide on the portal (normal and 长者模式); the county centre's service officer takes the case in at the window, finds a
 * required material missing (acceptance refused, the one-time notice instead), completes the check, accepts, completes
 * and delivers; the resident follows the case with the query code and gives a bad rating on the portal form; the
 * centre's director verifies, rectifies and closes it after the call-back; the outcome is published. axe (WCAG 2.1 AA)
 * finds no serious violation on the guide, status and rating pages.
 */
class ServiceHallJourneyBrowserTest extends BrowserTest {

    static final String ITEM = "1199010110010056XB05004"; // 八十周岁以上老年人高龄津贴发放, county/township/village
    static final Pattern NUMBER_AND_CODE = Pattern.compile("办件编号 (\\S+)，查询码 (\\w+)");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fromTheGuideToTheWindowToABadRatingAndItsRectification() throws InterruptedException {
        // the guide, as a resident finds it
        open("/services");
        assertAccessible();
        find(By.id("q")).sendKeys("高龄津贴");
        clickAndWaitForPage(By.cssSelector("main form[role='search'] button[type='submit']"));
        assertThat(currentPath()).isEqualTo("/services/items");
        assertAccessible();
        clickAndWaitForPage(By.linkText("八十周岁以上老年人高龄津贴发放"));
        assertThat(currentPath()).isEqualTo("/services/items/" + ITEM);
        assertThat(find(By.id("main")).getText()).contains("高龄津贴申请表").contains("本人银行账户（社会保障卡）");
        assertAccessible();
        screenshot("services-guide");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        assertThat(htmlClass()).contains("mode-large-text");
        assertAccessible();
        screenshot("services-guide-elder-mode");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));

        // the window: intake with one required material missing
        signIn("serviceofficer");
        open("/console/services/cases/new?item=" + ITEM);
        find(By.id("intake-name")).sendKeys("张秀英");
        find(By.id("intake-idNumber")).sendKeys("11010519491231002X");
        find(By.id("intake-phone")).sendKeys("13912345678");
        find(By.id("intake-provided")).click(); // 高龄津贴申请表
        find(By.xpath("//label[contains(., '居民身份证')]")).click();
        clickAndWaitForPage(By.cssSelector("#form-intake button[type='submit']"));
        Matcher m = NUMBER_AND_CODE.matcher(find(By.id("main")).getText());
        assertThat(m.find()).as("the notice names the case number and the query code").isTrue();
        String number = m.group(1);
        String queryCode = m.group(2);
        assertThat(find(By.id("status")).getText()).isEqualTo("已收件");
        assertThat(find(By.id("materials-notice-due")).getText()).contains("一次性告知书");
        assertThat(find(By.id("next-action")).findElements(By.id("form-materials"))).hasSize(1);

        // accepting anyway is refused, with the missing material named
        find(By.cssSelector("#more-actions summary")).click();
        clickAndWaitForPage(By.cssSelector("#form-accept button[type='submit']"));
        assertThat(find(By.id("main")).getText()).contains("不能受理").contains("本人银行账户（社会保障卡）");
        assertThat(find(By.id("status")).getText()).isEqualTo("已收件");

        // the resident brings the missing material: checked again, accepted, completed, delivered
        WebElement bank = find(By.xpath("//form[@id='form-materials']//label[contains(., '本人银行账户')]"));
        bank.click();
        clickAndWaitForPage(By.cssSelector("#form-materials button[type='submit']"));
        clickAndWaitForPage(By.cssSelector("#next-action #form-accept button[type='submit']"));
        assertThat(find(By.id("status")).getText()).isEqualTo("已受理");
        clock.advance(Duration.ofDays(1));
        find(By.id("complete-result")).sendKeys("符合条件，自 2026 年 7 月起按月发放高龄津贴");
        clickAndWaitForPage(By.cssSelector("#next-action #form-complete button[type='submit']"));
        assertThat(find(By.id("status")).getText()).isEqualTo("已办结");
        new Select(find(By.id("deliver-method"))).selectByValue("COLLECT");
        clickAndWaitForPage(By.cssSelector("#next-action #form-deliver button[type='submit']"));
        assertThat(find(By.id("status")).getText()).isEqualTo("已送达");

        // the resident: status with the query code, then a bad rating on the portal form
        browser.manage().deleteAllCookies();
        clock.advance(Duration.ofDays(1));
        open("/services/cases");
        find(By.id("caseNumber")).sendKeys(number);
        find(By.id("queryCode")).sendKeys(queryCode);
        clickAndWaitForPage(By.cssSelector("#form-lookup button[type='submit']"));
        assertThat(find(By.id("status-label")).getText()).isEqualTo("已送达");
        assertThat(find(By.id("status-result")).getText()).contains("高龄津贴");
        assertAccessible();
        screenshot("services-case-status");
        clickAndWaitForPage(By.id("rate-case"));
        assertThat(currentPath()).isEqualTo("/services/cases/" + number + "/rate");
        assertThat(find(By.id("queryCode")).getAttribute("value")).isEqualTo(queryCode);
        assertAccessible();
        new Select(find(By.id("level"))).selectByValue("2");
        find(By.id("comment")).sendKeys("窗口排队时间太长，没有人引导");
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        assertThat(find(By.id("rated")).getText()).contains("不满意");
        assertThat(find(By.id("main")).getText()).contains("已启动差评整改");
        assertAccessible();
        screenshot("services-rated");

        // the centre's director: verify and respond, rectify, call back and close
        signIn("director");
        open("/console/services/rectifications");
        clickAndWaitForPage(By.linkText(number));
        assertThat(find(By.id("status")).getText()).isEqualTo("待核实");
        find(By.id("confirm-response")).sendKeys("经核实属实，已向群众致歉");
        clickAndWaitForPage(By.cssSelector("#form-confirm button[type='submit']"));
        clock.advance(Duration.ofDays(2)); // two days later, the page opened again: its dates default to that day
        open(currentPath());
        find(By.id("rectify-measures")).sendKeys("高峰时段增设导办岗，开通取号短信提醒");
        clickAndWaitForPage(By.cssSelector("#form-rectify button[type='submit']"));
        find(By.id("close-callbackNote")).sendKeys("电话回访，群众表示满意");
        find(By.id("close-outcome")).sendKeys("已增设导办岗，高峰时段等候时间明显缩短");
        clickAndWaitForPage(By.cssSelector("#form-close button[type='submit']"));
        assertThat(find(By.id("status")).getText()).isEqualTo("已办结");
        assertThat(find(By.id("verified-on")).getText()).contains("2026-06-17");
        assertThat(find(By.id("rectified-on")).getText()).contains("2026-06-19");

        // the outcome, published without personal data
        browser.manage().deleteAllCookies();
        open("/services/rectifications");
        String published = find(By.id("main")).getText();
        assertThat(published).contains("已增设导办岗，高峰时段等候时间明显缩短").contains("八十周岁以上老年人高龄津贴发放")
                .doesNotContain(number).doesNotContain("张秀英");
        assertAccessible();
    }
}
