package org.gongkai.supervision.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly bulletin in a real browser (issue #15): the supervisor generates a month's draft in the console (a bad
 * month is refused at its field, what was typed kept) and edits it, the office head approves it, the supervisor
 * publishes it; then a citizen finds it on the portal. Every page passes axe; the portal pages need no JavaScript.
 */
class BulletinBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    void as(String username) throws InterruptedException {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    @Test
    void aBulletinGoesFromDraftToThePortal() throws InterruptedException {
        as("supervisor");
        open("/console/supervision/bulletins");
        assertAccessible();
        WebElement period = find(By.id("generate-period"));
        period.sendKeys("2021/03");
        clickAndWaitForPage(By.cssSelector("#form-generate button[type=submit]"));
        assertThat(find(By.id("generate-period")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(By.id("generate-period")).getAttribute("value")).isEqualTo("2021/03");
        assertThat(find(By.id("main")).getText()).contains("通报月份格式应为 YYYY-MM");
        assertAccessible();
        find(By.id("generate-period")).clear();
        find(By.id("generate-period")).sendKeys("2021-03");
        clickAndWaitForPage(By.cssSelector("#form-generate button[type=submit]"));
        assertThat(find(By.id("bulletin-status")).getText()).isEqualTo("草稿");
        String path = currentPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertAccessible();

        // a blank title is refused at the field (in Chinese), the other sections kept as typed
        find(By.id("edit-title")).clear();
        find(By.id("edit-title")).sendKeys("   ");
        find(By.id("edit-intro")).clear();
        find(By.id("edit-intro")).sendKeys("三月份全县政务公开考核情况如下。");
        clickAndWaitForPage(By.cssSelector("#form-edit button[type=submit]"));
        assertThat(find(By.id("edit-title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(By.id("main")).getText()).contains("请填写标题");
        assertThat(find(By.id("edit-intro")).getAttribute("value")).isEqualTo("三月份全县政务公开考核情况如下。");
        assertAccessible();
        find(By.id("edit-title")).clear();
        find(By.id("edit-title")).sendKeys("关于2021年3月政务公开工作考核情况的通报");
        clickAndWaitForPage(By.cssSelector("#form-edit button[type=submit]"));
        assertThat(find(By.id("main")).getText()).contains("已保存", "三月份全县政务公开考核情况如下。");
        assertThat(browser.findElements(By.id("form-approve"))).isEmpty(); // the supervisor does not approve

        as("officehead");
        open("/console/supervision/bulletins/" + id);
        assertThat(browser.findElements(By.id("form-edit"))).isEmpty();
        clickAndWaitForPage(By.cssSelector("#form-approve button[type=submit]"));
        assertThat(find(By.id("bulletin-status")).getText()).isEqualTo("已审定");
        assertAccessible();

        as("supervisor");
        open("/console/supervision/bulletins/" + id);
        clickAndWaitForPage(By.cssSelector("#form-publish button[type=submit]"));
        assertThat(find(By.id("bulletin-status")).getText()).isEqualTo("已发布");

        browser.manage().deleteAllCookies();
        open("/openness/rules");
        clickAndWaitForPage(By.linkText("督查月通报"));
        assertThat(currentPath()).isEqualTo("/supervision/bulletins");
        assertAccessible();
        clickAndWaitForPage(By.linkText("关于2021年3月政务公开工作考核情况的通报"));
        assertThat(currentPath()).isEqualTo("/supervision/bulletins/" + id);
        assertThat(find(By.id("bulletin-number")).getText()).matches("示政办督〔2026〕\\d+号");
        assertThat(find(By.id("main")).getText()).contains("三月份全县政务公开考核情况如下。", "红榜单位：");
        assertAccessible();
        screenshot("supervision-bulletin");
        assertThat(jdbc.sql("SELECT status FROM supervision_bulletin WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("PUBLISHED");
    }
}
