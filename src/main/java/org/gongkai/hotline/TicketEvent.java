package org.gongkai.hotline;

import java.time.Instant;

/**
 * One ledger entry of a ticket.
 *
 * @param type   what happened
 * @param at     when
 * @param unitId the unit concerned (dispatched to, co-unit, accepting, returning, urged, replying), or null
 * @param days   EXTENSION_REQUESTED / EXTENDED: the working days; URGED: the urging's count
 * @param satisfaction CALLBACK: 1 非常不满意 … 5 非常满意
 * @param solved CALLBACK: whether the problem was solved (a fact separate from being closed)
 * @param detail what staff wrote (a reason, the reply, a note), never the caller's data
 * @param by     the staff member's user name, or "system"/"import"
 */
public record TicketEvent(Type type, Instant at, Long unitId, Integer days, Integer satisfaction, Boolean solved,
        String detail, String by) {

    TicketEvent(Type type, Instant at, Long unitId, Integer days, String detail, String by) {
        this(type, at, unitId, days, null, null, detail, by);
    }

    /** The kinds of ledger entry, with the words of the status page. */
    public enum Type {
        RECEIVED("受理"),
        DISPATCHED("派单"),
        /** A co-unit (协办单位) named with the lead unit's dispatch; {@code unitId} the co-unit. */
        CO_DISPATCHED("协办派单"),
        /** A co-unit's part (协办意见); {@code detail} the part, which the lead unit uses in its reply. */
        CO_PART("协办意见"),
        ACCEPTED("签收"),
        RETURNED("退单"),
        ARBITRATED("退单仲裁"),
        EXTENSION_REQUESTED("申请延期"),
        EXTENSION_REFUSED("不同意延期"),
        EXTENDED("批准延期"),
        URGED("催办"),
        REPLIED("答复"),
        CLOSED("办结"),
        CALLBACK("回访"),
        REOPENED("重新办理"),
        MERGED("合并");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
