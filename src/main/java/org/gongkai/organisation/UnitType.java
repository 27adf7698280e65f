package org.gongkai.organisation;

/** Kinds of unit (机构). */
public enum UnitType {
    GOVERNMENT("政府"),
    DEPARTMENT("部门"),
    TOWNSHIP_GOVERNMENT("乡镇政府"),
    VILLAGE_COMMITTEE("村（居）委会"),
    SERVICE_CENTRE("服务中心"),
    OTHER("其他");

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
