package org.gongkai.reports;

import static org.gongkai.reports.ReportAction.APPROVE;
import static org.gongkai.reports.ReportAction.GENERATE_DRAFT;
import static org.gongkai.reports.ReportAction.PUBLISH;
import static org.gongkai.reports.ReportAction.RETURN;
import static org.gongkai.reports.ReportAction.SUBMIT;
import static org.gongkai.reports.ReportStatus.APPROVED;
import static org.gongkai.reports.ReportStatus.DRAFT;
import static org.gongkai.reports.ReportStatus.PUBLISHED;
import static org.gongkai.reports.ReportStatus.RETURNED;
import static org.gongkai.reports.ReportStatus.SUBMITTED;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE lifecycle of an annual report: draft → submitted → returned (→ submitted again) or approved → published.
 * Governments go the same way; they approve their own report ({@link ReportAccess} decides who may approve). The
 * draft may be generated again from the ledgers while it is a draft or returned, never once it is submitted.
 */
public final class ReportLifecycle {

    public static final Lifecycle<ReportStatus, ReportAction> TABLE = Lifecycle
            .of(ReportStatus.class, ReportAction.class)
            .edge(DRAFT, GENERATE_DRAFT, DRAFT)
            .edge(RETURNED, GENERATE_DRAFT, RETURNED)
            .edge(DRAFT, SUBMIT, SUBMITTED)
            .edge(RETURNED, SUBMIT, SUBMITTED)
            .edge(SUBMITTED, RETURN, RETURNED)
            .edge(SUBMITTED, APPROVE, APPROVED)
            .edge(APPROVED, PUBLISH, PUBLISHED)
            .build();

    private ReportLifecycle() {}
}
