package org.gongkai.trading.notices;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.gongkai.web.PortalHomeContribution;
import org.gongkai.web.SitemapContribution;
import org.springframework.stereotype.Component;

/**
 * The notices' console menu entry, the portal home's 公共资源交易 block (the projects with the newest published notices
 * or deals, as {@code /trading} lists them) and the trading section's pages for {@code /sitemap.xml}.
 */
@Component
class NoticePortalLinks implements ConsoleMenuContribution, PortalHomeContribution, SitemapContribution {

    static final int SITEMAP_PROJECTS = 50;
    static final int HOME_PROJECTS = 5;

    private final PortalProjects projects;

    NoticePortalLinks(PortalProjects projects) {
        this.projects = projects;
    }

    @Override
    public List<Item> items() {
        return List.of(new Item("交易公告", "/console/trading/notices", 1050));
    }

    @Override
    public List<Block> blocks() {
        List<Link> links = projects.find(null, null, 1).rows().stream().limit(HOME_PROJECTS)
                .map(r -> new Link(r.title(), "/trading/projects/" + r.code(), r.type().label() + " "
                        + (r.lastNoticeOn() != null ? r.lastNoticeOn() : r.dealOn())))
                .toList();
        return List.of(new Block("trading", "公共资源交易", 270, links, "暂无交易公告。", "/trading", "进入公共资源交易"));
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/trading"));
        projects.find(null, null, 1).rows().stream().limit(SITEMAP_PROJECTS)
                .forEach(r -> paths.add("/trading/projects/" + r.code()));
        return paths;
    }
}
