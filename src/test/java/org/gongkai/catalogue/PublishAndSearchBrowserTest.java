package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gongkai.BrowserTest;
import org.gongkai.DemoCredentials;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The end-to-end walk: the demo editor drafts and submits a document through the staff API, the demo
 * reviewer passes the confidentiality review, the demo leader signs it off and publishes it (each with their own
 * API token); a citizen then finds it in the portal search and opens its page with the metadata table.
 */
class PublishAndSearchBrowserTest extends BrowserTest {

    @Autowired
    GongkaiProperties properties;
    @Autowired
    UnitDirectory units;

    final HttpClient http = HttpClient.newHttpClient();

    JsonNode call(String username, String path, String json, int expected) throws Exception {
        String token = DemoCredentials.account(properties.dataDir(), username).apiToken();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(expected);
        return JsonMapper.shared().readTree(response.body());
    }

    @Test
    void documentPublishedThroughTheWorkflowIsFoundInPortalSearch() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        String word = "萤火虫" + new java.security.SecureRandom().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String title = "关于开展" + word + "夜间观测活动的通知";
        JsonNode draft = call("editor", "/api/v1/staff/documents", CatalogueFixtures.draftJson(office, title,
                "<p>为普及" + word + "知识，定于下月开展夜间观测活动。</p>"), 201);
        long id = draft.get("id").asLong();
        call("editor", "/api/v1/staff/documents/" + id + "/submit", null, 200);
        call("editor", "/api/v1/staff/documents/" + id + "/review", null, 403);
        call("reviewer", "/api/v1/staff/documents/" + id + "/review", null, 200);
        call("leader", "/api/v1/staff/documents/" + id + "/sign-off", null, 200);
        JsonNode published = call("leader", "/api/v1/staff/documents/" + id + "/publish", null, 200);
        String indexNumber = published.get("indexNumber").asString();

        open("/search");
        find(By.id("q")).sendKeys(word);
        clickAndWaitForPage(By.cssSelector("main form[role='search'] button[type='submit']"));
        assertThat(find(By.cssSelector(".search-count")).getText()).contains("1");
        assertThat(find(By.cssSelector(".search-results")).getText()).contains(title, indexNumber);

        clickAndWaitForPage(By.cssSelector(".search-results a[href='/openness/documents/" + id + "']"));
        assertThat(currentPath()).isEqualTo("/openness/documents/" + id);
        assertThat(find(By.cssSelector("table.metadata")).getText()).contains(indexNumber, "示例县人民政府办公室", "有效");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
        assertAccessible();
        screenshot("document");
    }
}
