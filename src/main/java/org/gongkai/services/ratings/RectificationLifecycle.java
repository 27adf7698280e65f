package org.gongkai.services.ratings;

import static org.gongkai.services.ratings.RectificationAction.*;
import static org.gongkai.services.ratings.RectificationStatus.*;

import java.util.EnumSet;
import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of a bad rating's rectification (RULES §5): verify and respond (founded → rectify; unfounded →
 * explain), call back and record the outcome; or appeal to remove a mistaken or malicious rating, decided by a
 * supervisor or the centre's director (upheld → the rating is removed and counts nowhere; rejected → back to
 * verification).
 */
public final class RectificationLifecycle {

    public static final Lifecycle<RectificationStatus, RectificationAction> TABLE = Lifecycle
            .of(RectificationStatus.class, RectificationAction.class)
            .edge(OPEN, CONFIRM, RECTIFYING)
            .edge(OPEN, EXPLAIN, CALLING_BACK)
            .edge(RECTIFYING, RECORD_RECTIFICATION, CALLING_BACK)
            .edge(CALLING_BACK, CLOSE, CLOSED)
            .edges(EnumSet.of(OPEN, RECTIFYING), APPEAL, APPEALED)
            .edge(APPEALED, UPHOLD_APPEAL, REMOVED)
            .edge(APPEALED, REJECT_APPEAL, OPEN)
            .build();

    private RectificationLifecycle() {}
}
