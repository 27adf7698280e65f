package org.gongkai.reports;

import org.gongkai.common.lifecycle.Lifecycle;

/** What staff do to an annual report along its lifecycle ({@link ReportLifecycle#TABLE}). */
public enum ReportAction implements Lifecycle.Labelled {
    /** (Re)writes the draft from the live ledgers; the report stays where it is (a draft or a returned report). */
    GENERATE_DRAFT("生成初稿"),
    SUBMIT("报送审核"),
    RETURN("退回修改"),
    APPROVE("审核通过"),
    PUBLISH("公开");

    private final String label;

    ReportAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
