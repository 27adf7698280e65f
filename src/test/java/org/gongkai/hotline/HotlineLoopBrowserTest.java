package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue #12's loop in a real browser, on the demo county: a citizen's ticket from the portal's 互动交流 form with
 * script execution switched off (a plain HTML form), the centre's dispatch to 城管局 (the responsibility list's unit
 * for 路灯), 城管局's return with a reason, the centre's arbitration and redispatch to 住建局, 住建局's acceptance
 * (签收) and reply, the centre's closing and callback, and the citizen reading the reply and the closed status with
 * the query code. axe (WCAG 2.1 AA) on every public page visited. Demo accounts: {@code hotlineofficer} at the 12345
 * centre, {@code cityhandler} at 城管局, {@code hotlinehandler} at 住建局.
 */
class HotlineLoopBrowserTest extends BrowserTest {

    static final String CITY = "119901011001021003"; // 城管局
    static final String HOUSING = HotlineApiIntegrationTest.HOUSING; // 住建局

    void as(String username) throws InterruptedException {
        browser.manage().deleteAllCookies();
        signIn(username);
    }

    void ticketPage(String n) {
        open("/console/hotline/tickets/" + n);
    }

    String status() {
        return find(By.id("ticket-status")).getText();
    }

    /** Submits an action form; one that is not the page's primary action sits in the 其他操作 disclosure. */
    void submit(String form) {
        openIfHidden(form);
        clickAndWaitForPage(By.cssSelector("#" + form + " button[type='submit']"));
        assertThat(currentPath()).as("after " + form).isEqualTo("/console/hotline/tickets/" + ticket);
    }

    void openIfHidden(String form) {
        if (!find(By.id(form)).isDisplayed()) {
            find(By.cssSelector("#main details > summary")).click();
        }
    }

    void scripts(boolean on) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    String ticket;

    @Test
    void fromThePortalFormThroughReturnRedispatchReplyAndCallback() throws Exception {
        open("/hotline");
        assertAccessible();
        scripts(false); // the citizen's browser runs no script: the form is plain HTML
        try {
            new Select(find(By.id("category"))).selectByValue("HELP");
            find(By.id("title")).sendKeys("楼道灯坏了");
            find(By.id("content")).sendKeys("幸福小区3栋2单元楼道灯坏了两周，老人夜里上下楼看不见。");
            find(By.id("address")).sendKeys("幸福路12号");
            find(By.id("callerName")).sendKeys("浏览器测试");
            find(By.id("callerPhone")).sendKeys("13600004321");
            clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        } finally {
            scripts(true);
        }
        assertThat(currentPath()).isEqualTo("/hotline/status");
        ticket = find(By.id("ticket-number")).getText();
        String code = find(By.id("query-code")).getText();
        assertThat(ticket).startsWith("RX");
        assertThat(code).isNotBlank();
        assertAccessible();

        // the centre dispatches to 城管局
        as("hotlineofficer");
        open("/console/hotline?queue=dispatch");
        clickAndWaitForPage(By.linkText(ticket));
        assertThat(status()).isEqualTo("已受理");
        new Select(find(By.id("dispatch-unitCode"))).selectByValue(CITY);
        submit("form-dispatch");
        assertThat(status()).isEqualTo("已派单");
        assertThat(find(By.id("ticket-unit")).getText()).isEqualTo("示例县城市管理局");

        // 城管局 returns it: corridor lights are the property manager's, not street lighting
        as("cityhandler");
        open("/console/hotline");
        clickAndWaitForPage(By.linkText(ticket));
        assertThat(find(By.id("main")).getText()).contains("136****4321").doesNotContain("13600004321");
        openIfHidden("form-return");
        find(By.id("return-reason")).sendKeys("楼道照明属小区物业管理，不属市政路灯，请转住建局");
        submit("form-return");
        assertThat(status()).isEqualTo("已退单");
        assertThat(find(By.id("main")).findElements(By.cssSelector("form"))).as("nothing left for 城管局 to do")
                .allSatisfy(f -> assertThat(f.getAttribute("id")).doesNotStartWith("form-"));

        // the centre arbitrates: the return stands, redispatched to 住建局
        as("hotlineofficer");
        open("/console/hotline?queue=returned");
        clickAndWaitForPage(By.linkText(ticket));
        new Select(find(By.id("arbitrate-unitCode"))).selectByValue(HOUSING);
        find(By.id("arbitrate-decision")).sendKeys("退单理由成立，小区公共照明由住建局督促物业维修");
        submit("form-arbitrate");
        assertThat(status()).isEqualTo("已派单");
        assertThat(find(By.id("ticket-unit")).getText()).isEqualTo("示例县住房和城乡建设局");

        // 住建局 accepts and replies
        as("hotlinehandler");
        open("/console/hotline");
        clickAndWaitForPage(By.linkText(ticket));
        submit("form-accept");
        assertThat(status()).isEqualTo("办理中");
        find(By.id("reply-reply")).sendKeys("已督促物业更换楼道灯，现已恢复照明。");
        submit("form-reply");
        assertThat(status()).isEqualTo("已答复");

        // the centre closes and calls back
        as("hotlineofficer");
        open("/console/hotline?queue=replied");
        clickAndWaitForPage(By.linkText(ticket));
        submit("form-close");
        assertThat(status()).isEqualTo("已办结");
        new Select(find(By.id("callback-satisfaction"))).selectByValue("5");
        new Select(find(By.id("callback-solved"))).selectByValue("true");
        submit("form-callback");
        assertThat(status()).isEqualTo("已回访");
        assertThat(find(By.id("main")).getText()).contains("退单仲裁").contains("示例县城市管理局")
                .contains("满意度 5，已解决");

        // the citizen reads the reply with the query code
        browser.manage().deleteAllCookies();
        open("/hotline/status");
        assertAccessible();
        find(By.id("ticketNumber")).sendKeys(ticket);
        find(By.id("queryCode")).sendKeys(code);
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        assertThat(find(By.id("status-label")).getText()).isEqualTo("已回访");
        assertThat(find(By.id("status-reply")).getText()).isEqualTo("已督促物业更换楼道灯，现已恢复照明。");
        assertThat(find(By.id("main")).getText()).doesNotContain("13600004321").doesNotContain("浏览器测试");
        assertAccessible();
    }
}
