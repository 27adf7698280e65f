package org.gongkai.services.cases;

import static org.gongkai.services.cases.CaseAction.*;
import static org.gongkai.services.cases.CaseStatus.*;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE service case lifecycle in one table: 收件 → 受理 | 不予受理; 受理 ⇄ 特别程序 (公示、检测、专家评审、听证、现场勘查,
 * which suspend the clock); 受理 → 办结 → 送达. A suspended case must first end its special procedure before it is
 * completed (the clock needs the end date). Commands ask {@link Lifecycle#require} (409 TRANSITION_NOT_ALLOWED);
 * pages offer {@link Lifecycle#allowedActions} only.
 */
public final class ServiceCaseLifecycle {

    public static final Lifecycle<CaseStatus, CaseAction> TABLE = Lifecycle.of(CaseStatus.class, CaseAction.class)
            .edge(RECEIVED, ACCEPT, ACCEPTED)
            .edge(RECEIVED, REFUSE, REFUSED)
            .edge(ACCEPTED, SUSPEND, SUSPENDED)
            .edge(SUSPENDED, RESUME, ACCEPTED)
            .edge(ACCEPTED, COMPLETE, COMPLETED)
            .edge(COMPLETED, DELIVER, DELIVERED)
            .build();

    private ServiceCaseLifecycle() {}
}
