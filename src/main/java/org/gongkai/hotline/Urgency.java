package org.gongkai.hotline;

/** 一般 / 紧急 / 特急 (RULES §6): urgent halves the answer limit (rounded up), critical is due the next working day. */
public enum Urgency {
    NORMAL("一般"),
    URGENT("紧急"),
    CRITICAL("特急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
