package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The 12345 loop in a real browser (issue #12): a citizen's ticket from the portal's web form (no script needed), the
 * operator's dispatch, the unit's return, the centre's arbitration and redispatch, the unit's acceptance and reply,
 * the centre's closing and callback, and the citizen reading the reply with the query code; axe on the public pages.
 * The demo accounts: {@code hotlineofficer} at the 12345 centre, {@code hotlinehandler} at 住建局.
 */
class HotlineLoopBrowserTest extends BrowserTest {

    static final String HOUSING = HotlineApiIntegrationTest.HOUSING;

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
        if (!find(By.id(form)).isDisplayed()) {
            find(By.cssSelector("details > summary")).click();
        }
        clickAndWaitForPage(By.cssSelector("#" + form + " button[type='submit']"));
    }

    @Test
    void fromThePortalFormThroughReturnRedispatchReplyAndCallback() throws Exception {
        open("/hotline");
        assertAccessible();
        new Select(find(By.id("category"))).selectByValue("HELP");
        find(By.id("title")).sendKeys("楼道灯坏了");
        find(By.id("content")).sendKeys("幸福小区3栋2单元楼道灯坏了两周，老人夜里上下楼看不见。");
        find(By.id("address")).sendKeys("幸福路12号");
        find(By.id("callerName")).sendKeys("浏览器测试");
        find(By.id("callerPhone")).sendKeys("13600004321");
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        String n = find(By.id("ticket-number")).getText();
        String code = find(By.id("query-code")).getText();
        assertThat(n).startsWith("RX");
        assertAccessible();

        as("hotlineofficer");
        ticketPage(n);
        new Select(find(By.id("dispatch-unitCode"))).selectByValue(HOUSING);
        submit("form-dispatch");
        assertThat(status()).isEqualTo("已派单");

        as("hotlinehandler");
        ticketPage(n);
        assertThat(find(By.id("main")).getText()).contains("136****4321").doesNotContain("13600004321");
        find(By.id("form-return")); // offered beside the primary 签收
        if (!find(By.id("form-return")).isDisplayed()) {
            find(By.cssSelector("details > summary")).click();
        }
        find(By.id("return-reason")).sendKeys("楼道照明属物业管理，请转物业所在街道");
        submit("form-return");
        assertThat(status()).isEqualTo("已退单");

        as("hotlineofficer");
        ticketPage(n);
        new Select(find(By.id("arbitrate-unitCode"))).selectByValue(HOUSING);
        find(By.id("arbitrate-decision")).sendKeys("小区公共照明由住建局督促物业维修，退单理由不成立");
        submit("form-arbitrate");
        assertThat(status()).isEqualTo("已派单");

        as("hotlinehandler");
        ticketPage(n);
        submit("form-accept");
        assertThat(status()).isEqualTo("办理中");
        find(By.id("reply-reply")).sendKeys("已督促物业更换楼道灯，现已恢复照明。");
        submit("form-reply");
        assertThat(status()).isEqualTo("已答复");

        as("hotlineofficer");
        ticketPage(n);
        submit("form-close");
        assertThat(status()).isEqualTo("已办结");
        new Select(find(By.id("callback-satisfaction"))).selectByValue("5");
        new Select(find(By.id("callback-solved"))).selectByValue("true");
        submit("form-callback");
        assertThat(status()).isEqualTo("已回访");
        assertThat(find(By.id("main")).getText()).contains("退单仲裁").contains("回访");

        browser.manage().deleteAllCookies();
        open("/hotline/status");
        assertAccessible();
        find(By.id("ticketNumber")).sendKeys(n);
        find(By.id("queryCode")).sendKeys(code);
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        assertThat(find(By.id("status-label")).getText()).isEqualTo("已回访");
        assertThat(find(By.id("main")).getText()).contains("已督促物业更换楼道灯").doesNotContain("13600004321");
        assertAccessible();
    }
}
