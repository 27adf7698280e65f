package org.gongkai.trading;

/** The four kinds of public resource trading (issue #14). */
public enum ProjectType {
    WORKS("建设工程"),
    PROCUREMENT("政府采购"),
    LAND_MINING("土地使用权和矿业权出让"),
    STATE_ASSETS("国有产权交易");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Savings (budget − deal) are reported for these; added revenue (deal − reserve) for the others. */
    public boolean reportsSavings() {
        return this == WORKS || this == PROCUREMENT;
    }
}
