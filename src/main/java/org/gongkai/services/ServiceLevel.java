package org.gongkai.services;

/** The three levels of the service hall (RULES §5): county centre, township centre, village station. */
public enum ServiceLevel {
    COUNTY("县级"),
    TOWNSHIP("乡镇（街道）级"),
    VILLAGE("村（社区）级");

    private final String label;

    ServiceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
