package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.gongkai.DemoCredentials;
import org.gongkai.Totp;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end-to-end walk: a demo administrator signs in with password and a TOTP code computed
 * from the demo credentials file, reaches the console and switches on large-text mode there.
 */
class DemoLoginBrowserTest extends BrowserTest {

    @Autowired
    GongkaiProperties properties;

    @Test
    void demoAdministratorSignsInWithTotpReachesTheConsoleAndSwitchesLargeText() throws InterruptedException {
        DemoCredentials.Account sysadmin = DemoCredentials.account(properties.dataDir(), "sysadmin");
        assertThat(sysadmin.totpSecret()).as("the system administrator has a second factor").isNotBlank();

        open("/login");
        find(By.name("username")).sendKeys(sysadmin.username());
        find(By.name("password")).sendKeys(sysadmin.password());
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("code")));
        assertThat(currentPath()).isEqualTo("/login/totp");
        forgetUsedTotpStep(sysadmin.username());
        if (Totp.secondsLeft(clock.instant()) < 3) {
            Thread.sleep(3_000); // don't type a code that expires on the way
        }
        find(By.name("code")).sendKeys(Totp.code(sysadmin.totpSecret(), clock.instant()));
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));

        waiting().until(ExpectedConditions.urlMatches(".*/console$"));
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("工作台");
        assertThat(find(By.cssSelector(".user-name strong")).getText()).isNotBlank();
        assertThat(find(By.id("main")).getText()).contains(find(By.cssSelector(".user-name strong")).getText());
        assertAccessible();
        screenshot("console");

        clickAndWaitForPage(By.cssSelector("button[value='large-text']"));
        assertThat(currentPath()).isEqualTo("/console");
        assertThat(htmlClass()).contains("mode-large-text");
        assertThat(find(By.cssSelector(".user-name strong")).getText()).isNotBlank();
    }
}
