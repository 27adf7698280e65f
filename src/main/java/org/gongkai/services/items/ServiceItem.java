package org.gongkai.services.items;

import java.time.Instant;

/**
 * A service item (事项) as published: its permanent code (实施编码), the guide's content, the number of the version
 * the content is and when it was first published. Changes reach it only through an approved version
 * ({@code services_item_version}); an import publishes at once (the import is the reviewed act).
 */
public record ServiceItem(long id, String code, ItemContent content, int version, Instant publishedAt,
        Instant updatedAt) {

    /** The only status an item row has today: what the portal shows. */
    public static final String PUBLISHED = "PUBLISHED";
}
