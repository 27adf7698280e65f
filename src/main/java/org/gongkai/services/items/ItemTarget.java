package org.gongkai.services.items;

/** Who an item serves (服务对象): natural persons, legal persons and other organisations, or both. */
public enum ItemTarget {
    PERSON("自然人"),
    ORGANISATION("法人或其他组织"),
    BOTH("自然人、法人或其他组织");

    private final String label;

    ItemTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The code ({@code PERSON}) or the Chinese label; null when neither. */
    public static ItemTarget parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (ItemTarget v : values()) {
            if (v.name().equals(t) || v.label.equals(t)) {
                return v;
            }
        }
        return null;
    }
}
