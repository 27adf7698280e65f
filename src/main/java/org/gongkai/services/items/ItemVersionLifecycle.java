package org.gongkai.services.items;

import static org.gongkai.services.items.VersionAction.APPROVE;
import static org.gongkai.services.items.VersionAction.REJECT;
import static org.gongkai.services.items.VersionAction.SAVE;
import static org.gongkai.services.items.VersionAction.SUBMIT;
import static org.gongkai.services.items.VersionStatus.APPROVED;
import static org.gongkai.services.items.VersionStatus.DRAFT;
import static org.gongkai.services.items.VersionStatus.IN_REVIEW;
import static org.gongkai.services.items.VersionStatus.REJECTED;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE review of an item's guide: the status of the item's latest version × action → the status of the latest version
 * after it. Saving onto a draft replaces the draft; saving onto an approved or rejected version starts the next
 * version as a draft; a version in review is not edited (the reviewer decides what was submitted). Approval publishes
 * the version (the portal and {@code GET /api/v1/service-items/{code}} show it).
 */
public final class ItemVersionLifecycle {

    public static final Lifecycle<VersionStatus, VersionAction> TABLE = Lifecycle
            .of(VersionStatus.class, VersionAction.class)
            .edge(DRAFT, SAVE, DRAFT)
            .edge(DRAFT, SUBMIT, IN_REVIEW)
            .edge(IN_REVIEW, APPROVE, APPROVED)
            .edge(IN_REVIEW, REJECT, REJECTED)
            .edge(APPROVED, SAVE, DRAFT)
            .edge(REJECTED, SAVE, DRAFT)
            .build();

    private ItemVersionLifecycle() {}
}
