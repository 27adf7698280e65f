package org.gongkai.services.items;

/** The two files a material of a guide can have for download: a filled-in sample and a blank form. */
public enum MaterialFileKind {
    SAMPLE("sample", "样表"),
    BLANK("blank", "空白表格");

    private final String path;
    private final String label;

    MaterialFileKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The URL segment ({@code sample}, {@code blank}). */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The kind of a URL segment; null when it is neither. */
    public static MaterialFileKind ofPath(String path) {
        for (MaterialFileKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        return null;
    }
}
