package org.gongkai.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one cleaning of upload names (issue #8 class 3): the last path segment only; control characters, NUL,
 * Unicode format characters (bidi overrides such as U+202E, zero-width characters), private-use and unpaired
 * surrogate characters removed; characters Windows forbids replaced; whitespace collapsed; leading and trailing
 * dots and spaces removed; an extension kept only when it is sane (1–10 letters or digits), so
 * {@code 报告\u202Efdp.exe} cannot pose as a PDF and a 5,000-character extension is dropped; at most
 * {@value #MAX_LENGTH} characters, cut in the base name so that the extension survives.
 */
public final class UploadNames {

    public static final int MAX_LENGTH = 120;
    static final String UNNAMED = "未命名文件";
    private static final int MAX_EXTENSION = 10;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private UploadNames() {}

    public static String clean(String originalName) {
        String name = Normalizer.normalize(originalName == null ? "" : originalName, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(Math.min(name.length(), 4 * MAX_LENGTH));
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '/' || cp == '\\' || cp == 0xFF0F || cp == 0xFF3C || cp == 0x2215 || cp == 0x29F8) {
                kept.setLength(0); // a path: only the last segment counts
            } else if (allowed(cp)) {
                kept.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
            }
        }
        String cleaned = kept.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
        int dot = cleaned.lastIndexOf('.');
        String base = dot < 0 ? cleaned : cleaned.substring(0, dot).replaceAll("[ .]+$", "");
        String ext = dot < 0 ? "" : cleaned.substring(dot + 1);
        if (!ext.matches("[A-Za-z0-9]{1," + MAX_EXTENSION + "}")) {
            base = cleaned;
            ext = "";
        }
        if (base.isEmpty() || RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = base.isEmpty() ? UNNAMED : "_" + base;
        }
        int room = MAX_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** Letters, marks, digits, punctuation, symbols and spaces; never control, format, private-use or unassigned. */
    private static boolean allowed(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        } || cp == ' ';
    }

    /** The extension of a (cleaned) name, lower-case, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024))
                    : String.format("%.1f", bytes / (1024.0 * 1024))) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " 字节";
    }
}
