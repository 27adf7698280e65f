package org.gongkai.services.ratings;

import org.gongkai.common.lifecycle.Lifecycle;

/** What staff do to a rectification; each is one command ({@link RatingCommands}). */
public enum RectificationAction implements Lifecycle.Labelled {
    CONFIRM("核实属实并答复"),
    EXPLAIN("核实不属实并说明"),
    RECORD_RECTIFICATION("记录整改"),
    CLOSE("回访并办结"),
    APPEAL("申诉撤销差评"),
    UPHOLD_APPEAL("同意申诉"),
    REJECT_APPEAL("驳回申诉");

    private final String label;

    RectificationAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
