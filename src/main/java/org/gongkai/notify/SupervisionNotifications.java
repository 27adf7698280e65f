package org.gongkai.notify;

import java.util.Map;
import java.util.Set;
import org.gongkai.supervision.BulletinEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about supervision (issue #15): a published monthly bulletin (月通报) goes to every unit of the county — to
 * the inbox (and e-mail, where set) of each active staff member holding a role in the unit, one message per person
 * and bulletin, naming the unit. Idempotent like {@link NotificationListeners} (dedupe keys).
 */
@Component
class SupervisionNotifications {

    /** The portal page of a published bulletin. */
    static final String BULLETIN_PATH = "/supervision/bulletins/";

    private final Deliveries deliveries;

    SupervisionNotifications(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(BulletinEvents.BulletinPublished event) {
        String[] period = event.period().split("-");
        String periodLabel = period.length == 2 ? period[0] + "年" + Integer.parseInt(period[1]) + "月" : event.period();
        for (long unitId : event.unitIds()) {
            Map<String, String> values = deliveries.values("documentNumber", event.documentNumber(), unitId, "各单位");
            values.put("title", event.title());
            values.put("period", periodLabel);
            values.put("bulletinUrl", deliveries.url(BULLETIN_PATH + event.bulletinId()));
            deliveries.toStaff(NotificationKind.SUPERVISION_BULLETIN, "SUPERVISION_BULLETIN:" + event.bulletinId() + ":"
                    + unitId, event.documentNumber(), deliveries.members(Set.of(unitId)),
                    BULLETIN_PATH + event.bulletinId(), values);
        }
    }
}
