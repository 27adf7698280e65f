package org.gongkai.requests;

/** Administrative reconsideration and litigation (annual report table 四). */
public enum ReviewKind {
    RECONSIDERATION("行政复议"),
    LITIGATION_DIRECT("未经复议直接起诉"),
    LITIGATION_AFTER_RECONSIDERATION("复议后起诉");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
