package org.gongkai.reports;

/** Where an annual report stands. Changes only through {@link ReportLifecycle#TABLE}. */
public enum ReportStatus implements org.gongkai.common.lifecycle.Lifecycle.Labelled {
    DRAFT("草稿"),
    SUBMITTED("已报送待审核"),
    RETURNED("已退回修改"),
    APPROVED("已审核待公开"),
    PUBLISHED("已公开");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The numbers are frozen from submission on (until a return reopens the draft). */
    public boolean frozen() {
        return this == SUBMITTED || this == APPROVED || this == PUBLISHED;
    }

    /** Narrative and entered numbers may be edited. */
    public boolean editable() {
        return ReportLifecycle.TABLE.allows(this, ReportAction.SUBMIT);
    }
}
