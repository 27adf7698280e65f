package org.gongkai.services.cases;

/**
 * The traffic light of an open case: green while more than the yellow threshold of working days is left, yellow
 * from the threshold (default 2 working days, {@code gongkai.services.cases.yellow-working-days}) to the due date,
 * red after it.
 */
public enum CaseLight {
    GREEN("正常"),
    YELLOW("临期"),
    RED("超期");

    private final String label;

    CaseLight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
