package org.gongkai.services.cases;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.services.CaseChannel;

/** The staff queue: what to filter by, and one page of rows (applicant names masked). */
public final class CaseQueue {

    private CaseQueue() {}

    /** Which open cases by their due date. */
    public enum Due {
        /** every case, open or not */
        ALL,
        /** accepted, not completed */
        OPEN,
        /** open with at most the yellow threshold of working days left, not yet overdue */
        DUE_SOON,
        /** open after the due date */
        OVERDUE
    }

    /**
     * @param unitId      only cases this unit decides or took in (must be in the viewer's scope); null = whole scope
     * @param stationCode only cases taken in at this station; null = any
     * @param status      only cases in this state; null = any
     * @param due         the due-date filter
     * @param page        from 1
     * @param size        1..100
     */
    public record Filter(Long unitId, String stationCode, CaseStatus status, Due due, int page, int size) {

        public Filter {
            due = due == null ? Due.ALL : due;
            page = Math.max(1, page);
            size = Math.min(100, Math.max(1, size));
        }

        public static Filter of(Due due) {
            return new Filter(null, null, null, due, 1, 20);
        }
    }

    /** One row; {@code light} for open cases only. */
    public record Row(String caseNumber, String itemCode, String itemName, String applicantName, CaseChannel channel,
            String stationName, CaseStatus status, LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueDate,
            CaseLight light) {}

    public record Page(long total, int page, int size, List<Row> rows) {}
}
