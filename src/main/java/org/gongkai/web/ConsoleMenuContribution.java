package org.gongkai.web;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * SPI: a module's entries in the console's side navigation. Each module with console pages declares one bean
 * (e.g. {@code catalogue/CatalogueConsoleMenu}); {@code ConsoleNavigation} gathers them, sorts them by
 * {@link Item#order()} and shows a link only when the module's access rules let the signed-in user open it.
 */
@NamedInterface("menu")
public interface ConsoleMenuContribution {

    /** The module's links. */
    List<Item> items();

    /**
     * Whether the signed-in user is offered {@code item}, beyond the access rules (which the navigation checks
     * first): for a page that the module's own scope refuses to some holders of the role, e.g. the hotline's intake
     * screen, which only the 12345 centre's officers may open. Default: every user the access rules admit.
     */
    default boolean offers(Item item, org.springframework.security.core.Authentication auth) {
        return true;
    }

    /**
     * One link of the side navigation.
     *
     * @param label Chinese label
     * @param href  console path; shown only to users whom the access rules admit to it (GET)
     * @param order position in the menu, ascending; modules use their own hundred (catalogue 100, search 200,
     *              organisation 300, identity 400, calendar 500, audit 600, requests 700, reports 800, notify 900)
     */
    record Item(String label, String href, int order) {}
}
