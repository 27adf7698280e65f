package org.gongkai.consultations;

/** What was decided about a group of comments on one article of the draft. */
public enum Decision {
    ADOPTED("采纳"),
    PARTLY_ADOPTED("部分采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
