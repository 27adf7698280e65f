package org.gongkai.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gongkai.catalogue.PublicCatalogue;
import org.gongkai.catalogue.PublicCatalogue.Entry;
import org.gongkai.catalogue.PublicCatalogue.Filter;
import org.gongkai.catalogue.Topics;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.web.AtomFeed;
import org.gongkai.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds per unit and per topic, and {@code /sitemap.xml} over every public document and column page. Their
 * absolute URLs are built from {@link SiteAddress} ({@code gongkai.portal.base-url}).
 */
@RestController
class Feeds {

    private static final MediaType ATOM = AtomFeed.MEDIA_TYPE;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PublicCatalogue catalogue;
    private final UnitDirectory units;
    private final GongkaiProperties properties;
    private final SiteAddress site;
    private final org.springframework.beans.factory.ObjectProvider<org.gongkai.web.SitemapContribution> sitemapContributions;

    Feeds(PublicCatalogue catalogue, UnitDirectory units, GongkaiProperties properties, SiteAddress site,
            org.springframework.beans.factory.ObjectProvider<org.gongkai.web.SitemapContribution> sitemapContributions) {
        this.sitemapContributions = sitemapContributions;
        this.catalogue = catalogue;
        this.units = units;
        this.properties = properties;
        this.site = site;
    }

    @GetMapping("/openness/feeds/unit/{unitId}")
    ResponseEntity<String> unitFeed(@PathVariable long unitId, HttpServletRequest request) {
        UnitView unit = units.findById(unitId).orElseThrow(GongkaiException::notFound);
        List<Entry> entries = catalogue.browse(new Filter(unitId, null, null, null, null), 1, 50).entries();
        return ResponseEntity.ok().contentType(ATOM).body(atom(unit.name() + " · 政府信息公开",
                "/openness/feeds/unit/" + unitId, entries, request));
    }

    @GetMapping("/openness/feeds/topic")
    ResponseEntity<String> topicFeed(@RequestParam String topic, HttpServletRequest request) {
        if (!Topics.classes().containsKey(topic) && !Topics.isValid(topic)) {
            throw GongkaiException.notFound();
        }
        List<Entry> entries = catalogue.browse(new Filter(null, topic, null, null, null), 1, 50).entries();
        return ResponseEntity.ok().contentType(ATOM).body(atom(topic + " · 政府信息公开",
                "/openness/feeds/topic?topic=" + topic, entries, request));
    }

    /**
     * The portal's fixed pages: the home page, every page of the 政府信息公开专栏 (whichever module serves it),
     * the application form and the status lookup (#10). Then other modules' pages ({@code web.SitemapContribution}:
     * the register of requests and its entries), the per-unit guides and the documents.
     */
    static final List<String> PORTAL_PAGES = List.of("/", "/openness", "/openness/guide", "/openness/rules",
            "/openness/documents", "/openness/documents?policy=true", "/openness/annual-reports", "/openness/apply",
            "/requests/apply", "/requests/status", "/search", "/accessibility", "/openness/laws");

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = base(request);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : PORTAL_PAGES) {
            xml.append("  <url><loc>").append(esc(base + page)).append("</loc></url>\n");
        }
        sitemapContributions.orderedStream().flatMap(c -> c.paths().stream()).distinct()
                .forEach(path -> xml.append("  <url><loc>").append(esc(base + path)).append("</loc></url>\n"));
        units.findAll().stream().filter(u -> !u.isExternalIssuer()).forEach(u -> xml.append("  <url><loc>").append(esc(base + "/openness/guide/" + u.id()))
                .append("</loc></url>\n"));
        catalogue.forEachEntry(e -> xml.append("  <url><loc>").append(esc(base + e.url())).append("</loc><lastmod>")
                .append(e.publishedOn()).append("</lastmod></url>\n"));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    private String atom(String title, String self, List<Entry> entries, HttpServletRequest request) {
        return AtomFeed.write(base(request), title, self, properties.siteName(), entries.stream()
                .map(e -> new AtomFeed.Entry(e.title(), e.url(), instant(e),
                        (e.indexNumber() == null ? "" : "索引号 " + e.indexNumber() + "。")
                                + (e.summary() == null ? "" : e.summary()), e.topic()))
                .toList());
    }

    private Instant instant(Entry e) {
        return e.publishedAt() != null ? e.publishedAt()
                : e.publishedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    /** Absolute links come from gongkai.portal.base-url only, never from the request's Host header. */
    private String base(HttpServletRequest request) {
        return site.baseUrl() + request.getContextPath();
    }

    static String esc(String s) {
        return AtomFeed.esc(s);
    }
}
