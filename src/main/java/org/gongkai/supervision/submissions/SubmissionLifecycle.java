package org.gongkai.supervision.submissions;

import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.ADOPT;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.DECLINE;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.EDIT;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.INCLUDE_IN_ISSUE;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.INSTRUCT;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.ATTACH;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Status.ADOPTED;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Status.DECLINED;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Status.EDITED;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Status.SUBMITTED;

import java.util.EnumSet;
import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of an information submission: the unit submits (and may attach files until the office acts),
 * the office edits, adopts it by one publication after another (an adoption per publication), records leaders'
 * instructions on adopted items and puts adopted items into an issue of its own bulletin, or declines it.
 */
public final class SubmissionLifecycle {

    private SubmissionLifecycle() {}

    public enum Status implements Lifecycle.Labelled {
        SUBMITTED("已报送"), EDITED("已编辑"), ADOPTED("已采用"), DECLINED("未采用");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Action { ATTACH, EDIT, ADOPT, INSTRUCT, INCLUDE_IN_ISSUE, DECLINE }

    public static final Lifecycle<Status, Action> TABLE = Lifecycle.of(Status.class, Action.class)
            .edge(SUBMITTED, ATTACH, SUBMITTED)
            .edges(EnumSet.of(SUBMITTED, EDITED), EDIT, EDITED)
            .edges(EnumSet.of(SUBMITTED, EDITED, ADOPTED), ADOPT, ADOPTED)
            .edge(ADOPTED, INSTRUCT, ADOPTED)
            .edge(ADOPTED, INCLUDE_IN_ISSUE, ADOPTED)
            .edges(EnumSet.of(SUBMITTED, EDITED), DECLINE, DECLINED)
            .build();
}
