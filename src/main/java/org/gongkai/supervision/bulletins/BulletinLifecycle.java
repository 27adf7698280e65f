package org.gongkai.supervision.bulletins;

import static org.gongkai.supervision.bulletins.BulletinLifecycle.Action.APPROVE;
import static org.gongkai.supervision.bulletins.BulletinLifecycle.Action.EDIT;
import static org.gongkai.supervision.bulletins.BulletinLifecycle.Action.PUBLISH;
import static org.gongkai.supervision.bulletins.BulletinLifecycle.Status.APPROVED;
import static org.gongkai.supervision.bulletins.BulletinLifecycle.Status.DRAFT;
import static org.gongkai.supervision.bulletins.BulletinLifecycle.Status.PUBLISHED;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of a monthly bulletin (月通报): generated as a draft, edited by the supervisor while a draft,
 * approved by the office head (政府办主任), then published by the supervisor. A published bulletin never changes.
 */
public final class BulletinLifecycle {

    private BulletinLifecycle() {}

    public enum Status implements Lifecycle.Labelled {
        DRAFT("草稿"), APPROVED("已审定"), PUBLISHED("已发布");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Action { EDIT, APPROVE, PUBLISH }

    public static final Lifecycle<Status, Action> TABLE = Lifecycle.of(Status.class, Action.class)
            .edge(DRAFT, EDIT, DRAFT)
            .edge(DRAFT, APPROVE, APPROVED)
            .edge(APPROVED, PUBLISH, PUBLISHED)
            .build();
}
