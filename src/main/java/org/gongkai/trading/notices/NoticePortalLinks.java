package org.gongkai.trading.notices;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.gongkai.web.SitemapContribution;
import org.springframework.stereotype.Component;

/** The notices' console menu entry and the trading section's pages for {@code /sitemap.xml}. */
@Component
class NoticePortalLinks implements ConsoleMenuContribution, SitemapContribution {

    static final int SITEMAP_PROJECTS = 50;

    private final PortalProjects projects;

    NoticePortalLinks(PortalProjects projects) {
        this.projects = projects;
    }

    @Override
    public List<Item> items() {
        return List.of(new Item("交易公告", "/console/trading/notices", 1050));
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/trading"));
        projects.find(null, null, 1).rows().stream().limit(SITEMAP_PROJECTS)
                .forEach(r -> paths.add("/trading/projects/" + r.code()));
        return paths;
    }
}
