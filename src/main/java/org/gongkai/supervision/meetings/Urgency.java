package org.gongkai.supervision.meetings;

/** How urgent a section's item is; the combined report lists the most urgent first. */
public enum Urgency {
    URGENT("特急"), HIGH("急"), NORMAL("一般");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
