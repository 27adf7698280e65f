package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * #10: a citizen finds the 政府信息公开专栏, the application form, the status lookup and the annual reports within
 * three clicks of the home page, and the sitemap lists them; the new pages pass axe and reflow at 375 px.
 */
class PortalCrawlBrowserTest extends BrowserTest {

    /** What must be at most three clicks from the home page and in the sitemap. */
    static final List<String> MUST_REACH = List.of("/openness", "/openness/guide", "/openness/rules",
            "/openness/documents", "/openness/annual-reports", "/openness/apply", "/requests/apply", "/requests/status",
            "/openness/laws");
    static final int MAX_CLICKS = 3;
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"#]*)[^\"]*\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageOfTheColumnIsWithinThreeClicksOfTheHomePageAndInTheSitemap() throws Exception {
        Map<String, Integer> clicks = crawl();
        for (String target : MUST_REACH) {
            assertThat(clicks).as(target + " reachable from the home page").containsKey(target);
            assertThat(clicks.get(target)).as("clicks from the home page to " + target).isLessThanOrEqualTo(MAX_CLICKS);
        }
        // The sitemap's addresses are absolute under gongkai.portal.base-url; compare their paths.
        Set<String> listed = new LinkedHashSet<>();
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(fetch("/sitemap.xml"));
        while (loc.find()) {
            URI uri = URI.create(loc.group(1).replace("&amp;", "&"));
            listed.add(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        }
        for (String target : MUST_REACH) {
            assertThat(listed).as(target + " in the sitemap").contains(target);
        }
    }

    @Test
    void theNewPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : List.of("/", "/openness", "/openness/rules", "/openness/annual-reports", "/openness/apply",
                "/requests/apply")) {
            open(path);
            assertAccessible();
        }
        open("/requests/apply");
        assertThat(browser.findElements(By.cssSelector("#unitCode optgroup"))).hasSize(3);
    }

    @Test
    void theColumnReflowsWithoutHorizontalScrollingAt375Pixels() {
        Dimension before = browser.manage().window().getSize();
        try {
            open("/openness");
            screenshot("openness-column");
            browser.manage().window().setSize(new Dimension(375, 800));
            for (String path : List.of("/", "/openness", "/openness/rules", "/openness/annual-reports", "/openness/apply")) {
                open(path);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + path + " at 375 px").isLessThanOrEqualTo(0);
            }
            open("/openness/apply");
            screenshot("openness-apply-375");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** Breadth first from the home page over same-origin links: each path with the fewest clicks to it. */
    private Map<String, Integer> crawl() throws Exception {
        Map<String, Integer> clicks = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        clicks.put("/", 0);
        queue.add("/");
        Set<String> missing = new LinkedHashSet<>(MUST_REACH);
        while (!queue.isEmpty() && !missing.isEmpty()) {
            String page = queue.poll();
            int depth = clicks.get(page);
            if (depth >= MAX_CLICKS) {
                continue;
            }
            for (String link : links(page)) {
                if (!clicks.containsKey(link)) {
                    clicks.put(link, depth + 1);
                    missing.remove(link);
                    queue.add(link);
                }
            }
        }
        return clicks;
    }

    /** The same-origin page links of a page (paths with their query; downloads, feeds and the console left out). */
    private Set<String> links(String path) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HREF.matcher(fetch(path));
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("//")) {
                continue;
            }
            URI uri = URI.create(url(path)).resolve(href);
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
                continue;
            }
            String p = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (p.startsWith("/console") || p.startsWith("/login") || p.matches(".*\\.(pdf|docx|xlsx|csv|xml)$")
                    || p.contains("/feeds/") || p.contains("/attachments/")) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    private String fetch(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? r.body() : "";
    }
}
