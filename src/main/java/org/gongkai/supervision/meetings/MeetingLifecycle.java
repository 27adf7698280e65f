package org.gongkai.supervision.meetings;

import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.CANCEL;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.CLOSE;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.HOLD;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.RECORD_DECISION;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.SUBMIT_ITEM;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Status.CANCELLED;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Status.CLOSED;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Status.HELD;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Status.SCHEDULED;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of a briefing meeting: scheduled (sections submit items until the deadline, which the handler
 * checks on top), held (decisions recorded, each becoming a task), closed; or cancelled before it is held.
 */
public final class MeetingLifecycle {

    private MeetingLifecycle() {}

    public enum Status implements Lifecycle.Labelled {
        SCHEDULED("已安排"), HELD("已召开"), CLOSED("已结束"), CANCELLED("已取消");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Action { SUBMIT_ITEM, HOLD, RECORD_DECISION, CLOSE, CANCEL }

    public static final Lifecycle<Status, Action> TABLE = Lifecycle.of(Status.class, Action.class)
            .edge(SCHEDULED, SUBMIT_ITEM, SCHEDULED)
            .edge(SCHEDULED, HOLD, HELD)
            .edge(SCHEDULED, CANCEL, CANCELLED)
            .edge(HELD, RECORD_DECISION, HELD)
            .edge(HELD, CLOSE, CLOSED)
            .build();
}
