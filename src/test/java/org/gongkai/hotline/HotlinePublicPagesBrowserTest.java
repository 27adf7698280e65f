package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gongkai.BrowserTest;
import org.gongkai.identity.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The public list of closed 12345 tickets and a ticket's public page in a real browser (issue #12): axe finds no
 * serious violation, and the filter works without JavaScript (a GET form).
 */
class HotlinePublicPagesBrowserTest extends BrowserTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theListAndATicketPassAxeAndTheFilterIsAPlainForm() {
        RestClient http = RestClient.create(url(""));
        Map<?, ?> receipt = http.post().uri("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"category": "CONSULTATION", "title": "居住证怎么办", "content": "外地户口在本县居住证怎么办理",
                         "caller": {"name": "孙八", "phone": "13711112222"}, "topic": "居住证"}""")
                .retrieve().body(Map.class);
        String n = (String) receipt.get("ticketNumber");
        long officer = jdbc.sql("SELECT id FROM org_staff WHERE username = 'hotlineofficer'").query(Long.class).single();
        String bearer = "Bearer " + tokens.issueToken(officer, "浏览器测试", 1).token();
        http.post().uri("/api/v1/staff/hotline/tickets/" + n + "/reply").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"reply\": \"请携带身份证到派出所办理\"}").retrieve()
                .toBodilessEntity();
        http.post().uri("/api/v1/staff/hotline/tickets/" + n + "/close").header("Authorization", bearer).retrieve()
                .toBodilessEntity();

        open("/hotline/public");
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(find(By.id("topic"))).selectByValue("居住证");
        clickAndWaitForPage(By.cssSelector("form.filters button[type=submit]"));
        assertThat(currentPath()).isEqualTo("/hotline/public");
        assertThat(find(By.id("public-tickets")).getText()).contains(n);
        clickAndWaitForPage(By.linkText(n));
        assertThat(find(By.id("public-reply")).getText()).contains("请携带身份证到派出所办理");
        assertAccessible();
    }
}
