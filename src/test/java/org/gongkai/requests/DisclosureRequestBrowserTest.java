package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The end-to-end walk: a citizen applies on the public form, the demo request officer accepts,
 * decides and delivers, and the citizen downloads the PDF reply letter from the status page.
 */
class DisclosureRequestBrowserTest extends BrowserTest {


    @Test
    void citizenAppliesOfficerDecidesAndDeliversCitizenDownloadsThePdfLetter() throws Exception {
        open("/requests/apply");
        new Select(find(By.id("applicantType"))).selectByValue("NATURAL_PERSON");
        find(By.id("name")).sendKeys("浏览器测试");
        find(By.id("idNumber")).sendKeys("11010519491231002X");
        find(By.id("phone")).sendKeys("13600001234");
        find(By.id("email")).sendKeys("e2e@example.cn");
        new Select(find(By.id("unitCode"))).selectByValue(RequestApiIntegrationTest.OFFICE);
        find(By.id("description")).sendKeys("示例县2025年政府信息公开工作年度报告原始台账");
        assertAccessible();
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));

        assertThat(currentPath()).isEqualTo("/requests/receipt");
        String tn = find(By.id("tracking-number")).getText();
        String code = find(By.id("access-code")).getText();
        assertThat(code).hasSizeGreaterThanOrEqualTo(8);

        signIn("requestofficer");
        open("/console/requests/" + tn);
        assertThat(find(By.id("applicant-name")).getText()).isEqualTo("浏览器测试");
        clickAndWaitForPage(By.id("accept-button"));
        clickAndWaitForPage(By.id("review-button"));
        new Select(find(By.id("decision-decisionCode"))).selectByValue("DISCLOSED");
        find(By.id("decision-reasons")).sendKeys("所申请信息予以公开，见附件。");
        clickAndWaitForPage(By.id("decide-button"));
        assertThat(find(By.id("decision")).getText()).isEqualTo("（一）予以公开");
        clickAndWaitForPage(By.id("deliver-button"));
        browser.manage().deleteAllCookies();

        open("/requests/status");
        find(By.id("trackingNumber")).sendKeys(tn);
        find(By.id("accessCode")).sendKeys(code);
        clickAndWaitForPage(By.cssSelector("main form button[type='submit']"));
        assertThat(find(By.id("status-decision")).getText()).startsWith("（一）予以公开");
        assertThat(find(By.id("main")).getText()).contains("浏***试").doesNotContain("13600001234");
        assertAccessible();

        byte[] pdf = submitWithBrowserSession(find(By.id("download-letter")).findElement(By.xpath("./ancestor::form")));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** Posts a form the way the browser would (its fields, its session cookie) and returns the response body. */
    private byte[] submitWithBrowserSession(WebElement form) throws Exception {
        String body = form.findElements(By.tagName("input")).stream()
                .map(i -> URLEncoder.encode(i.getAttribute("name"), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(i.getAttribute("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(form.getAttribute("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/pdf"));
        return response.body();
    }
}
