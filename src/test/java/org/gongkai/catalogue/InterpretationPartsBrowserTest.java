package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gongkai.BrowserTest;
import org.gongkai.DemoCredentials;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #16's interpretation parts in a real browser: the demo editor adds a question and answer, an image with its
 * text alternative and a video link to a draft interpretation with plain forms (a non-https link is refused at the
 * field), the interpretation is published, and its public page shows them after the body; every page passes axe.
 */
class InterpretationPartsBrowserTest extends BrowserTest {

    @Autowired
    GongkaiProperties properties;
    @Autowired
    UnitDirectory units;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theEditorAddsPartsAndThePublicPageShowsThemAccessibly() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        long policy = publish(draft(office, CatalogueFixtures.unique("关于扶持小微企业的若干措施"), null));
        String title = CatalogueFixtures.unique("图解：扶持小微企业的若干措施");
        long id = draft(office, title, policy);

        signIn("editor");
        open("/console/catalogue/" + id);
        clickAndWaitForPage(By.cssSelector("#interpretation-parts a.btn"));
        assertThat(currentPath()).isEqualTo("/console/catalogue/" + id + "/parts");
        assertAccessible();

        clickAndWaitForPage(By.linkText("添加问答"));
        find(By.id("question")).sendKeys("小微企业如何申请贷款贴息？");
        find(By.id("answer")).sendKeys("向县财政局提出申请。");
        clickAndWaitForPage(By.cssSelector("#part-form button[type='submit']"));

        clickAndWaitForPage(By.linkText("添加视频"));
        find(By.id("videoTitle")).sendKeys("政策解读视频");
        find(By.id("videoUrl")).sendKeys("http://video.example.cn/1");
        // the browser's own check of type=url accepts http; the server refuses it at the field
        clickAndWaitForPage(By.cssSelector("#part-form button[type='submit']"));
        assertThat(find(By.id("videoUrl-error")).getText()).contains("https://");
        assertThat(find(By.id("videoUrl")).getAttribute("value")).isEqualTo("http://video.example.cn/1");
        assertAccessible();
        find(By.id("videoUrl")).clear();
        find(By.id("videoUrl")).sendKeys("https://video.example.cn/1");
        clickAndWaitForPage(By.cssSelector("#part-form button[type='submit']"));

        clickAndWaitForPage(By.linkText("添加图解"));
        Path png = Files.createTempFile("interpretation", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        find(By.id("image")).sendKeys(png.toAbsolutePath().toString());
        find(By.id("altText")).sendKeys("申请流程：企业申请、财政局审核、银行贴息");
        clickAndWaitForPage(By.cssSelector("#part-form button[type='submit']"));
        assertThat(find(By.cssSelector("ol.parts")).getText()).contains("小微企业如何申请贷款贴息？", "政策解读视频",
                "申请流程：企业申请、财政局审核、银行贴息");
        assertAccessible();
        Files.deleteIfExists(png);

        publish(id);
        open("/openness/documents/" + id);
        assertThat(find(By.cssSelector("#interpretation-parts h3")).getText()).contains("小微企业如何申请贷款贴息？");
        assertThat(find(By.cssSelector(".interpretation-image img")).getAttribute("alt"))
                .isEqualTo("申请流程：企业申请、财政局审核、银行贴息");
        assertThat(find(By.cssSelector(".interpretation-image figcaption")).getText()).contains("申请流程");
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.interpretation-image img').naturalWidth")).intValue()).isEqualTo(40);
        assertThat(find(By.cssSelector(".interpretation-video a")).getAttribute("href"))
                .isEqualTo("https://video.example.cn/1");
        assertAccessible();
        screenshot("interpretation-parts");
    }

    private long draft(long unit, String title, Long interprets) throws Exception {
        String json = CatalogueFixtures.draftJson(unit, title, "<p>解读正文。</p>");
        if (interprets != null) {
            json = json.replace("\"body\":", "\"interpretsId\": " + interprets + ", \"body\":");
        }
        return call("editor", "/api/v1/staff/documents", json, 201).get("id").asLong();
    }

    private long publish(long id) throws Exception {
        call("editor", "/api/v1/staff/documents/" + id + "/submit", null, 200);
        call("reviewer", "/api/v1/staff/documents/" + id + "/review", null, 200);
        call("leader", "/api/v1/staff/documents/" + id + "/sign-off", null, 200);
        call("leader", "/api/v1/staff/documents/" + id + "/publish", null, 200);
        return id;
    }

    private JsonNode call(String username, String path, String json, int expected) throws Exception {
        String token = DemoCredentials.account(properties.dataDir(), username).apiToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(expected);
        return JsonMapper.shared().readTree(response.body());
    }
}
