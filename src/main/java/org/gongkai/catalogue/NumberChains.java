package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written in groups, in a normalised text ({@link org.gongkai.common.NormalisedText}): digit groups
 * joined by short separator runs (space, {@code - . · — – ‐ ・}, one line break; at most 3 characters). A chain is
 * a candidate as a whole; when it is not a personal number as a whole, it is cut at its whitespace separators and
 * each piece is a candidate (two mobile numbers in a row separated by a space). A candidate's groups must look
 * like a number written in groups, not like a date or a list: one group, single digits, equal groups (the last
 * may be shorter), or groups of at least 3 digits (the last may be shorter) — {@code 2024.01.15—2024.12.31} is
 * none of these.
 */
final class NumberChains {

    /** A candidate: normalised offsets, canonical digits (X upper-case), whether a letter touches it. */
    record Candidate(int start, int end, String digits, boolean touchesLetter) {}

    private static final int MAX_SEPARATOR = 3;
    private static final int MAX_DIGITS = 24;

    private NumberChains() {}

    static List<Candidate> candidates(String n, CandidateTest test) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < n.length()) {
            if (!digit(n.charAt(i))) {
                i++;
                continue;
            }
            List<int[]> groups = new ArrayList<>(); // {start, end, whitespaceSeparatorBefore 0/1}
            int pos = i;
            boolean wsBefore = false;
            while (true) {
                int start = pos;
                while (pos < n.length() && digit(n.charAt(pos))) {
                    pos++;
                }
                boolean x = pos < n.length() && (n.charAt(pos) == 'X' || n.charAt(pos) == 'x')
                        && !(pos + 1 < n.length() && asciiAlnum(n.charAt(pos + 1)));
                if (x) {
                    pos++;
                }
                groups.add(new int[] {start, pos, wsBefore ? 1 : 0});
                if (x || groups.size() > MAX_DIGITS) {
                    break;
                }
                int sepEnd = separatorEnd(n, pos);
                if (sepEnd < 0) {
                    break;
                }
                wsBefore = whitespaceOnly(n, pos, sepEnd);
                pos = sepEnd;
            }
            Candidate whole = candidate(n, groups, 0, groups.size(), test);
            if (whole != null) {
                out.add(whole);
            } else {
                int from = 0;
                for (int g = 1; g <= groups.size(); g++) {
                    if (g == groups.size() || groups.get(g)[2] == 1) {
                        if (from > 0 || g < groups.size()) {
                            Candidate piece = candidate(n, groups, from, g, test);
                            if (piece != null) {
                                out.add(piece);
                            }
                        }
                        from = g;
                    }
                }
            }
            i = groups.get(groups.size() - 1)[1];
        }
        return out;
    }

    /** Decides whether canonical digits are a personal number (of some kind). */
    interface CandidateTest {
        boolean test(String digits, boolean touchesLetter);
    }

    private static Candidate candidate(String n, List<int[]> groups, int from, int to, CandidateTest test) {
        StringBuilder digits = new StringBuilder();
        int[] lengths = new int[to - from];
        for (int g = from; g < to; g++) {
            int[] group = groups.get(g);
            String s = n.substring(group[0], group[1]);
            lengths[g - from] = s.length();
            digits.append(s.toUpperCase(java.util.Locale.ROOT));
            if (digits.length() > MAX_DIGITS) {
                return null;
            }
        }
        if (digits.length() < 11 || !shaped(lengths)) {
            return null;
        }
        int start = groups.get(from)[0];
        int end = groups.get(to - 1)[1];
        boolean letter = (start > 0 && asciiAlnum(n.charAt(start - 1))) || (end < n.length() && asciiAlnum(n.charAt(end)));
        return test.test(digits.toString(), letter) ? new Candidate(start, end, digits.toString(), letter) : null;
    }

    /** One group; single digits; equal groups with a shorter last one; or groups of 3+ with any last one. */
    static boolean shaped(int[] lengths) {
        int k = lengths.length;
        if (k == 1) {
            return true;
        }
        boolean singles = true;
        boolean equal = lengths[0] >= 2;
        boolean long3 = true;
        for (int g = 0; g < k; g++) {
            singles &= lengths[g] == 1;
            if (g < k - 1) {
                equal &= lengths[g] == lengths[0];
                long3 &= lengths[g] >= 3;
            }
        }
        equal &= lengths[k - 1] <= lengths[0];
        return singles || equal || long3;
    }

    /** End of a separator run starting at {@code pos} that is followed by a digit, or -1. */
    private static int separatorEnd(String n, int pos) {
        int p = pos;
        int lineBreaks = 0;
        while (p < n.length() && p - pos < MAX_SEPARATOR && separator(n.charAt(p))) {
            char c = n.charAt(p);
            if (c == '\n' || c == '\u2028' || (c == '\r' && !(p + 1 < n.length() && n.charAt(p + 1) == '\n'))) {
                lineBreaks++;
            }
            p++;
        }
        return p > pos && lineBreaks <= 1 && p < n.length() && (digit(n.charAt(p)) || checkX(n, p)) ? p : -1;
    }

    /** An ID number's check character X written apart: an X not followed by a letter or digit. */
    private static boolean checkX(String n, int p) {
        return (n.charAt(p) == 'X' || n.charAt(p) == 'x') && !(p + 1 < n.length() && asciiAlnum(n.charAt(p + 1)));
    }

    private static boolean whitespaceOnly(String n, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!Character.isWhitespace(n.charAt(p)) && n.charAt(p) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    static boolean separator(char c) {
        return c == ' ' || c == '\u00A0' || c == '\n' || c == '\r' || c == '\u2028' || c == '-' || c == '.'
                || c == '\u00B7' || c == '\u2014' || c == '\u2013' || c == '\u2010' || c == '\u2011'
                || c == '\u2012' || c == '\u2015' || c == '\u30FB' || c == '\u2027' || c == '\u2022' || c == '\u2212';
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiAlnum(char c) {
        return digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
