package org.gongkai.requests;

/** Outcome of a reconsideration or lawsuit (annual report table 四). */
public enum ReviewResult {
    UPHELD("维持"),
    CORRECTED("纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    ReviewResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
