package org.gongkai.services.cases;

import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;

/**
 * The limit a case is held to, copied from its item when the case is taken in (a later edit of the item does not
 * move the due date of cases already running).
 *
 * @param kind  即办件 (due on the day of acceptance) or 承诺件
 * @param unit  working days or calendar days
 * @param limit the promised limit in that unit (0 for an immediate item)
 */
public record ClockTerms(ItemKind kind, ClockUnit unit, int limit) {

    public ClockTerms {
        if (kind == null || unit == null) {
            throw new IllegalArgumentException("kind and unit are required");
        }
        if (unit == ClockUnit.WORKING_HOURS) {
            throw new IllegalArgumentException("service items count in working or calendar days");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("the limit must not be negative");
        }
    }

    /** The days counted from acceptance: none for an immediate item, else the promised limit. */
    public int countedLimit() {
        return kind == ItemKind.IMMEDIATE ? 0 : limit;
    }

    /** The limit in words, e.g. {@code 承诺 5 个工作日} or {@code 即办件（受理当日办结）}. */
    public String words() {
        return kind == ItemKind.IMMEDIATE ? "即办件（受理当日办结）" : "承诺 " + limit + " " + unit.words();
    }
}
