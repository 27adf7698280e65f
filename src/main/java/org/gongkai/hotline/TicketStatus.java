package org.gongkai.hotline;

import org.gongkai.common.lifecycle.Lifecycle;

/** Where a ticket stands in the loop 受理 → 派单 → 签收 → 办理 → 答复 → 办结 → 回访 (国办发〔2020〕53号). */
public enum TicketStatus implements Lifecycle.Labelled {
    /** 已受理: taken in, waiting for the centre to dispatch it (or answer a consultation itself). */
    RECEIVED("已受理"),
    /** 已派单: sent to a unit, waiting for it to accept (签收) or return (退单). */
    DISPATCHED("已派单"),
    /** 已退单: returned by the unit with a reason, waiting for the centre's arbitration. */
    RETURNED("已退单"),
    /** 办理中: accepted by the unit, being handled. */
    ACCEPTED("办理中"),
    /** 已答复: the unit (or the centre) has answered; the centre checks and closes. */
    REPLIED("已答复"),
    /** 已办结: closed, waiting for the callback. */
    CLOSED("已办结"),
    /** 已回访: the citizen was called back and rated the handling (评价). */
    CALLED_BACK("已回访"),
    /** 已合并: a duplicate merged into another ticket. */
    MERGED("已合并");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still counting against its answer limit. */
    public boolean open() {
        return this == RECEIVED || this == DISPATCHED || this == RETURNED || this == ACCEPTED || this == REPLIED;
    }
}
