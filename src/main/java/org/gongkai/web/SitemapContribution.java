package org.gongkai.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * SPI: a module's public pages for {@code /sitemap.xml} (served by the catalogue, which must not depend on the
 * modules that contribute): each module with portal pages of its own declares one bean listing their paths
 * (site-relative, starting with {@code /}), e.g. the requests module's register and its entries.
 */
@NamedInterface("sitemap")
public interface SitemapContribution {

    /** The paths to list, computed for each request of the sitemap. */
    List<String> paths();
}
