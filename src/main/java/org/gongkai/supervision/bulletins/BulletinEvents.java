package org.gongkai.supervision.bulletins;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What happened to a monthly bulletin, persisted by Spring Modulith's event publication registry; {@code notify}
 * tells every unit named in {@link BulletinPublished} through the in-app inbox. Ids and numbers only.
 */
@NamedInterface("bulletin-events")
public final class BulletinEvents {

    private BulletinEvents() {}

    public record BulletinGenerated(long bulletinId, String period, String documentNumber, Instant at) {}

    public record BulletinApproved(long bulletinId, String documentNumber, Instant at) {}

    /** Published on the portal: {@code unitIds} are the county's units, each of which is told. */
    public record BulletinPublished(long bulletinId, String period, String documentNumber, String title,
            List<Long> unitIds, Instant at) {}
}
