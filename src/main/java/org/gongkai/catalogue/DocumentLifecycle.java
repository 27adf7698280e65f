package org.gongkai.catalogue;

import static org.gongkai.catalogue.DocumentStatus.DRAFT;
import static org.gongkai.catalogue.DocumentStatus.PUBLISHED;
import static org.gongkai.catalogue.DocumentStatus.REVIEWED;
import static org.gongkai.catalogue.DocumentStatus.SCHEDULED;
import static org.gongkai.catalogue.DocumentStatus.SIGNED_OFF;
import static org.gongkai.catalogue.DocumentStatus.SUBMITTED;
import static org.gongkai.catalogue.DocumentStatus.WITHDRAWN;
import static org.gongkai.catalogue.WorkflowAction.PUBLISH;
import static org.gongkai.catalogue.WorkflowAction.RETURN;
import static org.gongkai.catalogue.WorkflowAction.REVIEW;
import static org.gongkai.catalogue.WorkflowAction.REVISE;
import static org.gongkai.catalogue.WorkflowAction.SCHEDULE;
import static org.gongkai.catalogue.WorkflowAction.SIGN_OFF;
import static org.gongkai.catalogue.WorkflowAction.SUBMIT;
import static org.gongkai.catalogue.WorkflowAction.UNSCHEDULE;
import static org.gongkai.catalogue.WorkflowAction.WITHDRAW;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE publication workflow of a document: status × action → next status. Nothing else changes a document's
 * status ({@link Document#apply}); pages show only the actions this table allows now.
 */
public final class DocumentLifecycle {

    public static final Lifecycle<DocumentStatus, WorkflowAction> TABLE = Lifecycle
            .of(DocumentStatus.class, WorkflowAction.class)
            .edge(DRAFT, SUBMIT, SUBMITTED)
            .edge(SUBMITTED, RETURN, DRAFT)
            .edge(SUBMITTED, REVIEW, REVIEWED)
            .edge(REVIEWED, RETURN, DRAFT)
            .edge(REVIEWED, SIGN_OFF, SIGNED_OFF)
            .edge(SIGNED_OFF, PUBLISH, PUBLISHED)
            .edge(SIGNED_OFF, SCHEDULE, SCHEDULED)
            .edge(SCHEDULED, UNSCHEDULE, SIGNED_OFF)
            .edge(SCHEDULED, PUBLISH, PUBLISHED)
            .edge(PUBLISHED, REVISE, DRAFT)
            .edge(PUBLISHED, WITHDRAW, WITHDRAWN)
            .build();

    private DocumentLifecycle() {}
}
