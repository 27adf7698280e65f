package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class PortalBrowserTest extends BrowserTest {

    @Test
    void portalHomeHasNoSeriousAccessibilityViolations() {
        open("/");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("示例县人民政府");
        assertAccessible();
        screenshot("portal-home");
    }

    @Test
    void portalHomeStaysAccessibleInLargeTextAndHighContrastModes() {
        open("/");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));
        assertThat(htmlClass()).contains("mode-large-text", "mode-high-contrast");
        assertAccessible();
        screenshot("portal-home-elder-mode");
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        clickAndWaitForPage(By.cssSelector("button[value='high-contrast']"));
        assertThat(htmlClass()).doesNotContain("mode-");
    }

    @Test
    void loginPageHasNoSeriousAccessibilityViolations() {
        open("/login");
        assertThat(browser.findElements(By.cssSelector("input[type='password']")))
                .as("the login page (identity) shows a password field").isNotEmpty();
        assertAccessible();
        screenshot("login");
    }

    @Test
    void errorPageHasNoSeriousAccessibilityViolations() {
        open("/css/no-such-file.css");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("找不到您要访问的页面");
        assertAccessible();
    }

    @Test
    void axeCheckFailsOnAnInaccessiblePage() {
        browser.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThat(org.gongkai.Axe.violations(browser))
                .extracting(org.gongkai.Axe.Violation::id)
                .contains("image-alt", "label", "html-has-lang");
    }

    @Test
    void skipLinkIsTheFirstFocusableElement() {
        open("/");
        find(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.getText()).isEqualTo("跳到主要内容");
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void largeTextModeSwitchedWithTheFormSurvivesAReload() {
        open("/openness");
        double normal = rootFontSize();
        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));

        assertThat(currentPath()).isEqualTo("/openness");
        assertThat(htmlClass()).contains("mode-large-text");
        assertThat(rootFontSize()).isGreaterThanOrEqualTo(normal * 1.25);

        browser.navigate().refresh();
        assertThat(htmlClass()).contains("mode-large-text");
        open("/");
        assertThat(htmlClass()).contains("mode-large-text");
        assertThat(find(By.cssSelector("button[value='large-text']")).getAttribute("aria-pressed")).isEqualTo("true");

        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        assertThat(htmlClass()).doesNotContain("mode-large-text");
        assertThat(rootFontSize()).isEqualTo(normal);
    }

    private double rootFontSize() {
        Object px = ((JavascriptExecutor) browser).executeScript(
                "return parseFloat(getComputedStyle(document.documentElement).fontSize);");
        return ((Number) px).doubleValue();
    }
}
