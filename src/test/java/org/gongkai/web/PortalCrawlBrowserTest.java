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
 * #10: a citizen finds the 政府信息公开专栏, the application form, the status lookup, the annual reports and the
 * register of requests (with its entries) within three clicks of the home page, and the sitemap lists them; the new
 * pages pass axe; the column, document pages, catalogue lists and the register reflow at 375 px.
 */
class PortalCrawlBrowserTest extends BrowserTest {

    /** What must be at most three clicks from the home page and in the sitemap. */
    static final List<String> MUST_REACH = List.of("/openness", "/openness/guide", "/openness/rules",
            "/openness/documents", "/openness/annual-reports", "/openness/apply", "/requests/apply", "/requests/status",
            "/requests/register", "/requests/register/statistics", "/openness/laws");

    @org.springframework.beans.factory.annotation.Autowired
    org.gongkai.requests.RequestService requests;
    @org.springframework.beans.factory.annotation.Autowired
    org.gongkai.requests.RequestRegister register;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * A register entry: an answered request whose applicant consented (the county office's, decided today). Its
     * question and letter carry personal data that the entry page must mask.
     */
    String registerEntry() {
        String office = "11990101100100148H";
        String description = "请公开示例县城关镇2026年老旧小区改造项目的资金安排和实施计划（本人电话13700001111）。";
        List<Long> existing = jdbc.sql("SELECT id FROM requests_request WHERE description = :d AND decision_code IS NOT NULL")
                .param("d", description).query(Long.class).list();
        if (!existing.isEmpty()) {
            return "/requests/register/" + existing.get(0);
        }
        var submitted = requests.submitOnline(new org.gongkai.requests.ApplicationInput("NATURAL_PERSON", "欧阳娜娜",
                "11010519491231002X", null, "13700001111", "oy@example.cn", "示例县城关镇人民路12号3栋2单元501室", office,
                description, "ELECTRONIC", "EMAIL", true), null);
        long unit = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", office).query(Long.class).single();
        var officer = new org.gongkai.TestActors.TestActor(-81, "crawl-officer", "承办人",
                java.util.Map.of(unit, java.util.Set.of(org.gongkai.common.Role.REQUEST_OFFICER)));
        requests.decide(officer, submitted.trackingNumber(), java.time.LocalDate.now(clock),
                org.gongkai.requests.DecisionCode.PARTIALLY_DISCLOSED, "项目资金安排表中涉及个人银行账户的部分（联系人欧阳娜娜，"
                        + "手机13700001111）属于个人隐私，不予公开；其余部分予以公开，见附件《示例县2026年老旧小区改造项目实施计划》。");
        register.computeStatistics();
        return "/requests/register/" + jdbc.sql("SELECT id FROM requests_request WHERE tracking_number = :tn")
                .param("tn", submitted.trackingNumber()).query(Long.class).single();
    }

    /** A published document with its metadata table (the demo catalogue's). */
    String documentPage() {
        return "/openness/documents/" + jdbc.sql("SELECT id FROM catalogue_document WHERE status = 'PUBLISHED' "
                + "ORDER BY id LIMIT 1").query(Long.class).single();
    }
    static final int MAX_CLICKS = 3;
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"#]*)[^\"]*\"", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newHttpClient();

    /** For the failure message: the widths and the first elements that stick out to the right. */
    static final String WIDEST = "var w = window.innerWidth, out = [];"
            + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + " if (r.right > w + 1 && out.length < 6) out.push(e.tagName + '.' + e.className + '#' + e.id + ' right=' + Math.round(r.right)); });"
            + "return document.documentElement.scrollWidth + ' > ' + w + ' ' + out.join(', ');";

    @Test
    void everyPageOfTheColumnIsWithinThreeClicksOfTheHomePageAndInTheSitemap() throws Exception {
        String entry = registerEntry();
        Map<String, Integer> clicks = crawl(entry);
        for (String target : concat(MUST_REACH, entry)) {
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
        for (String target : concat(MUST_REACH, entry)) {
            assertThat(listed).as(target + " in the sitemap").contains(target);
        }
    }

    static List<String> concat(List<String> list, String one) {
        List<String> out = new java.util.ArrayList<>(list);
        out.add(one);
        return out;
    }

    @Test
    void theNewPagesHaveNoSeriousAccessibilityViolations() {
        String entry = registerEntry();
        for (String path : List.of("/", "/openness", "/openness/rules", "/openness/annual-reports", "/openness/apply",
                "/requests/apply", "/requests/register", "/requests/register?q=%E6%94%B9%E9%80%A0", entry,
                "/requests/register/statistics", "/requests/register?q=" + "x".repeat(101) + "&decision=NOPE")) {
            open(path);
            assertAccessible();
        }
        open("/requests/apply");
        assertThat(browser.findElements(By.cssSelector("#unitCode optgroup"))).hasSize(3);
    }

    @Test
    void theColumnReflowsWithoutHorizontalScrollingAt375Pixels() {
        String entry = registerEntry();
        String document = documentPage();
        Dimension before = browser.manage().window().getSize();
        try {
            open("/openness");
            screenshot("openness-column");
            open(entry);
            long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(1280, (int) Math.min(3000, height + 140)));
            screenshot("register-entry"); // the whole entry, 1280 wide
            browser.manage().window().setSize(before);
            browser.manage().window().setSize(new Dimension(375, 800));
            for (String path : List.of("/", "/openness", "/openness/rules", "/openness/annual-reports", "/openness/apply",
                    document, "/openness/documents", "/openness/documents?policy=true", "/openness/guide",
                    "/search?q=%E5%8C%BB%E4%BF%9D", "/requests/register", entry, "/requests/register/statistics")) {
                open(path);
                Object fits = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth;");
                Object widths = ((JavascriptExecutor) browser).executeScript(WIDEST);
                assertThat(fits).as("horizontal scrolling on " + path + " at 375 px: " + widths).isEqualTo(Boolean.TRUE);
            }
            open("/openness/apply");
            screenshot("openness-apply-375");
            open(document);
            screenshot("document-375");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** Breadth first from the home page over same-origin links: each path with the fewest clicks to it. */
    private Map<String, Integer> crawl(String entry) throws Exception {
        Map<String, Integer> clicks = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        clicks.put("/", 0);
        queue.add("/");
        Set<String> missing = new LinkedHashSet<>(concat(MUST_REACH, entry));
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
