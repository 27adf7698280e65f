package org.gongkai.services.items;

/** 通办 scope: where else an item can be applied for than at its own unit's centre. */
public enum TongbanScope {
    COUNTY("县域通办"),
    CITY("市域通办"),
    PROVINCE("省内通办"),
    CROSS_PROVINCE("跨省通办"),
    NATIONAL("全国通办");

    private final String label;

    TongbanScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code ({@code CROSS_PROVINCE}) or the Chinese label; null when neither. */
    public static TongbanScope parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (TongbanScope v : values()) {
            if (v.name().equals(t) || v.label.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
