package org.gongkai.common;

import java.text.Normalizer;

/**
 * A text in NFKC (full-width digits and letters become ASCII, the ideographic space a space, the full-width
 * hyphen a hyphen) with invisible characters removed (zero-width spaces and joiners, soft hyphens, bidi
 * controls), remembering for every character where it came from: matches found in {@link #text()} are mapped
 * back with {@link #originalStart(int)} / {@link #originalEnd(int)} so that a mask replaces the disguised
 * characters of the original.
 */
public final class NormalisedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private NormalisedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static NormalisedText of(String original) {
        String in = original == null ? "" : original;
        StringBuilder out = new StringBuilder(in.length());
        int[] starts = new int[in.length() * 2 + 4];
        int[] ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < in.length(); ) {
            int cp = in.codePointAt(i);
            int next = i + Character.charCount(cp);
            String mapped;
            if (cp < 0x80) {
                mapped = null;
            } else if (invisible(cp)) {
                mapped = "";
            } else {
                mapped = Normalizer.normalize(in.substring(i, next), Normalizer.Form.NFKC);
            }
            if (mapped == null) {
                if (n == starts.length) {
                    starts = grow(starts);
                    ends = grow(ends);
                }
                out.append((char) cp);
                starts[n] = i;
                ends[n++] = next;
            } else {
                for (int k = 0; k < mapped.length(); k++) {
                    if (n == starts.length) {
                        starts = grow(starts);
                        ends = grow(ends);
                    }
                    out.append(mapped.charAt(k));
                    starts[n] = i;
                    ends[n++] = next;
                }
            }
            i = next;
        }
        return new NormalisedText(in, out.toString(), starts, ends);
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    /** Zero-width and formatting characters that disguise a number without being seen. */
    static boolean invisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /** Start in the original of the normalised character at {@code index}. */
    public int originalStart(int index) {
        return index >= text.length() ? original.length() : starts[index];
    }

    /** End (exclusive) in the original of a normalised range ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : ends[end - 1];
    }
}
