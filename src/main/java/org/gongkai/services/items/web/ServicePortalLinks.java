package org.gongkai.services.items.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.services.items.ServiceItemSettings;
import org.gongkai.services.items.ServiceItemCatalogue;
import org.gongkai.web.PortalHomeContribution;
import org.gongkai.web.SitemapContribution;
import org.springframework.stereotype.Component;

/**
 * Where the portal links the guides: a home-page block (办事指南 by life event, one click from home) and the section,
 * the list and every guide in the sitemap.
 */
@Component
class ServicePortalLinks implements PortalHomeContribution, SitemapContribution {

    static final int SITEMAP_ENTRIES = 20_000;

    private final ServiceItemCatalogue catalogue;
    private final ServiceItemSettings settings;

    ServicePortalLinks(ServiceItemCatalogue catalogue, ServiceItemSettings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    @Override
    public List<Block> blocks() {
        List<Link> links = new ArrayList<>();
        links.add(new Link("个人办事", "/services/items?target=PERSON", null));
        links.add(new Link("法人办事", "/services/items?target=ORGANISATION", null));
        settings.lifeEvents().stream().limit(7).forEach(e -> links.add(new Link(e,
                org.springframework.web.util.UriComponentsBuilder.fromPath("/services/items").queryParam("event", e)
                        .encode().build().toUriString(), null)));
        return List.of(new Block("service-guides", "办事指南", 250, links, "暂无办事指南。", "/services",
                "进入政务服务"));
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/services", "/services/items"));
        catalogue.codes(SITEMAP_ENTRIES).forEach(c -> paths.add("/services/items/" + c));
        return paths;
    }
}
