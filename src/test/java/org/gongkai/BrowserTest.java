package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Base class for end-to-end tests in a real browser: the whole application on a random port (profile
 * {@code test}, fresh database with the demo county) and one headless Chromium per test class.
 * Run this tier alone with {@code ./mvnw test -Dgroups=browser}; screenshots for the docs are written
 * with {@code -Dgongkai.screenshots=true}. Time is the {@link TestClock}: compute TOTP codes with {@link #clock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// the full demo trading centre (the test profile keeps it small): the portal's section, its statistics and a draw
@TestPropertySource(properties = {"gongkai.trading.demo.experts=200", "gongkai.trading.demo.projects=160"})
@Import(TestClockConfiguration.class)
@Tag("browser")
public abstract class BrowserTest {

    protected static WebDriver browser;

    @org.springframework.beans.factory.annotation.Autowired
    protected TestClock clock;

    @org.springframework.beans.factory.annotation.Autowired
    private org.gongkai.common.GongkaiProperties gongkaiProperties;

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebElement find(By by) {
        return browser.findElement(by);
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Clicks something that loads a new page (a submit button, a link) and waits until that page is there. */
    protected void clickAndWaitForPage(By by) {
        WebElement oldPage = find(By.tagName("html"));
        find(by).click();
        // Chromium reports a replaced document either as a stale element or as "Node with given id does
        // not belong to the document"; both mean the old page is gone.
        waiting().until(d -> {
            try {
                oldPage.getTagName();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Signs in as a demo account (credentials from the data directory's demo-credentials.json), entering the TOTP
     * code when the account needs one, and waits for the console.
     */
    protected void signIn(String username) throws InterruptedException {
        DemoCredentials.Account account = DemoCredentials.account(gongkaiProperties.dataDir(), username);
        open("/login");
        find(By.name("username")).sendKeys(account.username());
        find(By.name("password")).sendKeys(account.password());
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        if (currentPath().startsWith("/login/totp")) {
            forgetUsedTotpStep(account.username());
            if (Totp.secondsLeft(clock.instant()) < 3) {
                Thread.sleep(3_000);
            }
            find(By.name("code")).sendKeys(Totp.code(account.totpSecret(), clock.instant()));
            clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        }
        waiting().until(ExpectedConditions.urlMatches(".*/console.*"));
    }

    /**
     * The test clock restarts at START for every test, so the code of this step may already have been used by an
     * earlier test of the same context, and TOTP codes are single-use (a replay is refused): forget the used step.
     */
    protected void forgetUsedTotpStep(String username) {
        jdbc.sql("UPDATE identity_account SET totp_last_step = NULL"
                + " WHERE staff_id = (SELECT id FROM org_staff WHERE username = ?)").param(username).update();
    }

    /** The path of the page the browser shows now. */
    protected String currentPath() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    protected String htmlClass() {
        String value = find(By.tagName("html")).getAttribute("class");
        return value == null ? "" : value;
    }

    protected void assertAccessible() {
        Axe.assertNoSeriousViolations(browser);
    }

    /** Saves docs/screenshots/{name}.png when {@code -Dgongkai.screenshots=true}; otherwise does nothing. */
    protected void screenshot(String name) {
        if (!Boolean.getBoolean("gongkai.screenshots")) {
            return;
        }
        try {
            Path file = Path.of("docs", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
