package org.gongkai.organisation;

/** The three levels of the 行政区划 tree a county platform manages. */
public enum RegionLevel {
    COUNTY("县（区）"),
    TOWNSHIP("乡镇（街道）"),
    VILLAGE("村（社区）");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level a parent of this level must have, or null for the county (the root). */
    public RegionLevel parentLevel() {
        return switch (this) {
            case COUNTY -> null;
            case TOWNSHIP -> COUNTY;
            case VILLAGE -> TOWNSHIP;
        };
    }

    /** How many leading digits a child's code shares with its parent's (6 for a township, 9 for a village). */
    int sharedPrefixWithParent() {
        return switch (this) {
            case COUNTY -> 0;
            case TOWNSHIP -> 6;
            case VILLAGE -> 9;
        };
    }
}
