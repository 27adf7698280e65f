package org.gongkai.trading.notices;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.trading.ProjectType;
import org.gongkai.web.AtomFeed;
import org.gongkai.web.SiteAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds of the public trading notices: all of them, and per project type ({@code ?type=WORKS}); written by the
 * portal's one Atom writer ({@link AtomFeed}), each entry linking to the notice's document page in the catalogue.
 */
@RestController
class NoticeFeeds {

    static final int ENTRIES = 50;

    private final NoticeRepository notices;
    private final GongkaiProperties properties;
    private final SiteAddress site;

    NoticeFeeds(NoticeRepository notices, GongkaiProperties properties, SiteAddress site) {
        this.notices = notices;
        this.properties = properties;
        this.site = site;
    }

    @GetMapping("/trading/feeds/notices")
    ResponseEntity<String> feed(@RequestParam(required = false) String type, HttpServletRequest request) {
        ProjectType t;
        try {
            t = TradingPortalPages.parse(ProjectType.class, type, "type", "项目类型不正确");
        } catch (GongkaiException e) {
            throw GongkaiException.notFound();
        }
        List<AtomFeed.Entry> entries = notices.latest(null, t, ENTRIES).stream().map(l -> {
            Notice n = l.notice();
            String path = n.documentUrl() != null ? n.documentUrl() : "/trading/projects/" + l.projectCode();
            return new AtomFeed.Entry(n.title(), path, n.publishedAt(), n.kind().labelFor(l.type()) + "。项目编号 "
                    + l.projectCode() + "（" + l.type().label() + "）" + (n.indexNumber() == null ? ""
                    : "，索引号 " + n.indexNumber()) + "。" + (n.summary() == null ? "" : n.summary()),
                    n.kind().labelFor(l.type()));
        }).toList();
        String title = (t == null ? "" : t.label() + " · ") + "公共资源交易公告";
        String self = "/trading/feeds/notices" + (t == null ? "" : "?type=" + t.name());
        return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(AtomFeed.write(
                site.baseUrl() + request.getContextPath(), title, self, properties.siteName(), entries));
    }
}
