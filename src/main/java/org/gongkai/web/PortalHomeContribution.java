package org.gongkai.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * SPI: a module's block on the portal home page (the catalogue's 通知公告 and 最新公开). The web shell depends
 * on no capability module, so each module that has something to show declares one bean; {@code PortalController}
 * gathers the blocks and sorts them by {@link Block#order()}.
 */
@NamedInterface("home")
public interface PortalHomeContribution {

    /** The module's blocks, computed for each request (they show current content). */
    List<Block> blocks();

    /**
     * One block of the home page.
     *
     * @param id        HTML id stem (ASCII), unique on the page
     * @param title     Chinese heading
     * @param order     position, ascending
     * @param links     the entries, newest first
     * @param emptyText shown when there are no entries
     * @param moreHref  link to the full list, or null
     * @param moreLabel its text
     */
    record Block(String id, String title, int order, List<Link> links, String emptyText, String moreHref,
            String moreLabel) {}

    /** One entry: a link and a short note (e.g. the date). */
    record Link(String label, String href, String note) {}
}
