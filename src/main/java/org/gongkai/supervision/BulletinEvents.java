package org.gongkai.supervision;

import java.time.Instant;
import java.util.List;

/**
 * What happened to a monthly bulletin ({@code supervision.bulletins}), persisted by Spring Modulith's event publication registry; {@code notify}
 * tells every unit named in {@link BulletinPublished} through the in-app inbox. Ids and numbers only.
 */
public final class BulletinEvents {

    private BulletinEvents() {}

    public record BulletinGenerated(long bulletinId, String period, String documentNumber, Instant at) {}

    public record BulletinApproved(long bulletinId, String documentNumber, Instant at) {}

    /** Published on the portal: {@code unitIds} are the county's units, each of which is told. */
    public record BulletinPublished(long bulletinId, String period, String documentNumber, String title,
            List<Long> unitIds, Instant at) {}
}
