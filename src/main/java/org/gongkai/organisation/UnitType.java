package org.gongkai.organisation;

/**
 * Kinds of unit (机构). {@link #EXTERNAL_ISSUER} is a body outside the county whose documents the portal republishes
 * in its 法律法规 column (全国人大常委会, 国务院, a ministry, another province's people's congress): it is outside the
 * county's unit tree (no parent in the county, no sub-units of the county), has no staff, takes no applications
 * and reports nothing (issue #10).
 */
public enum UnitType {
    GOVERNMENT("政府"),
    DEPARTMENT("部门"),
    TOWNSHIP_GOVERNMENT("乡镇政府"),
    VILLAGE_COMMITTEE("村（居）委会"),
    SERVICE_CENTRE("服务中心"),
    OTHER("其他"),
    EXTERNAL_ISSUER("外部发布机关");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code ({@code DEPARTMENT}) or the Chinese label ({@code 部门}); null when neither. */
    public static UnitType parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (UnitType type : values()) {
            if (type.name().equalsIgnoreCase(t) || type.label.equals(t)) {
                return type;
            }
        }
        return null;
    }
}
