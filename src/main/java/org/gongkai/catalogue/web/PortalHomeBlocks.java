package org.gongkai.catalogue.web;

import java.util.List;
import java.util.Set;
import org.gongkai.catalogue.PublicCatalogue;
import org.gongkai.catalogue.PublicCatalogue.Entry;
import org.gongkai.catalogue.PublicCatalogue.Filter;
import org.gongkai.web.PortalHomeContribution;
import org.springframework.stereotype.Component;

/**
 * The catalogue's blocks on the portal home page: 通知公告 (published documents of the genres 通知, 公告 and
 * 通告, or titled so) and 最新公开 (the newest published documents) — the county's own units' documents only: the
 * laws and regulations of external issuers have their own column, 法律法规, linked from the home page (issue #10).
 */
@Component
class PortalHomeBlocks implements PortalHomeContribution {

    static final Set<String> NOTICE_GENRES = Set.of("通知", "公告", "通告");
    private static final int SHOWN = 6;
    /** How many of the newest documents are looked through for notices. */
    private static final int NOTICE_WINDOW = 100;

    private final PublicCatalogue catalogue;

    PortalHomeBlocks(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Block> blocks() {
        List<Entry> newest = catalogue.browse(Filter.local(), 1, NOTICE_WINDOW).entries();
        List<Link> notices = newest.stream().filter(PortalHomeBlocks::isNotice).limit(SHOWN).map(PortalHomeBlocks::link)
                .toList();
        List<Link> latest = newest.stream().limit(SHOWN).map(PortalHomeBlocks::link).toList();
        return List.of(
                new Block("notices", "通知公告", 10, notices, "暂无通知公告。", "/openness/documents", "更多主动公开信息"),
                new Block("latest", "最新公开", 20, latest, "暂无主动公开的政府信息。", "/openness/documents", "浏览全部主动公开内容"));
    }

    static boolean isNotice(Entry e) {
        if (e.genre() != null && NOTICE_GENRES.contains(e.genre().strip())) {
            return true;
        }
        String title = e.title() == null ? "" : e.title().strip();
        return NOTICE_GENRES.stream().anyMatch(title::endsWith);
    }

    private static Link link(Entry e) {
        return new Link(e.title(), e.url(), e.publishedOn() == null ? null : e.publishedOn().toString());
    }
}
