package org.gongkai.supervision.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.supervision.meetings.MeetingLifecycle.Status;

/**
 * A briefing meeting with its combined report: the sections' items ordered by urgency, then section (the unit's
 * order in the organisation), then submission time; and its decisions.
 */
public record Meeting(long id, String title, LocalDate heldOn, Instant deadline, String place, Status status,
        List<Item> items, List<Decision> decisions) {

    public record Item(long id, long unitId, String unitCode, String unitName, String workDone, String progress,
            String problems, Urgency urgency, Instant submittedAt) {}

    /** A decision; {@code taskNumber} is the supervision task it became, null while that wiring is pending. */
    public record Decision(int position, String text, List<String> unitCodes, LocalDate dueOn, String taskNumber) {}

    /** The items of one urgency, in report order. */
    public List<Item> itemsOf(Urgency urgency) {
        return items.stream().filter(i -> i.urgency() == urgency).toList();
    }
}
