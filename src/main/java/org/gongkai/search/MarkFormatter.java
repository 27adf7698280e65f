package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Snippets as safe HTML: the text is escaped, overlapping matches (bigrams overlap) are merged, each match
 * is wrapped in {@code <mark>}, long passages are cut around their first match, passages joined by "…". Lucene's
 * highlighter hands it passages; OpenSearch's hands back fragments in which it wrapped the matches in {@link #OPEN}
 * and {@link #CLOSE} ({@link #formatMarked}), formatted by the same rules.
 */
final class MarkFormatter extends PassageFormatter {

    /**
     * Pre- and post-tag asked of OpenSearch's highlighter: Unicode noncharacters, reserved for a program's internal use
     * and never in interchanged text (they are removed from indexed text all the same). Not control characters: the
     * highlighter trims those off a fragment's ends.
     */
    static final char OPEN = '\uFDD0';
    static final char CLOSE = '\uFDD1';
    private static final int BEFORE = 40;
    private static final int WINDOW = 140;

    @Override
    public String format(Passage[] passages, String content) {
        List<String> formatted = new ArrayList<>();
        for (Passage passage : passages) {
            List<int[]> ranges = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                ranges.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
            }
            formatted.add(format(content, passage.getStartOffset(), passage.getEndOffset(), ranges));
        }
        return joined(formatted);
    }

    /** Fragments with matches between {@link #OPEN} and {@link #CLOSE}, as {@link #format(Passage[], String)} would. */
    static String formatMarked(List<String> fragments) {
        List<String> formatted = new ArrayList<>();
        for (String fragment : fragments) {
            StringBuilder content = new StringBuilder(fragment.length());
            List<int[]> ranges = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == OPEN) {
                    open = content.length();
                } else if (c == CLOSE) {
                    if (open >= 0 && open < content.length()) {
                        ranges.add(new int[] {open, content.length()});
                    }
                    open = -1;
                } else {
                    content.append(c);
                }
            }
            formatted.add(format(content.toString(), 0, content.length(), ranges));
        }
        return joined(formatted);
    }

    private static String joined(List<String> passages) {
        return String.join(" … ", passages).replaceAll("\\s+", " ").strip();
    }

    /** One passage {@code [passageStart, passageEnd)} of {@code content}, with match ranges in content offsets. */
    private static String format(String content, int passageStart, int passageEnd, List<int[]> ranges) {
        List<int[]> matches = merged(ranges);
        int start = passageStart;
        int end = passageEnd;
        if (end - start > WINDOW) {
            int anchor = matches.isEmpty() ? start : matches.get(0)[0];
            start = Math.max(start, anchor - BEFORE);
            end = Math.min(end, start + WINDOW);
        }
        StringBuilder out = new StringBuilder();
        if (start > passageStart) {
            out.append("…");
        }
        int pos = start;
        for (int[] match : matches) {
            int from = Math.max(match[0], pos);
            int to = Math.min(match[1], end);
            if (from >= to) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(content.substring(pos, from)));
            out.append("<mark>").append(HtmlUtils.htmlEscape(content.substring(from, to))).append("</mark>");
            pos = to;
        }
        out.append(HtmlUtils.htmlEscape(content.substring(pos, end)));
        if (end < passageEnd) {
            out.append("…");
        }
        return out.toString();
    }

    private static List<int[]> merged(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : sorted) {
            if (!merged.isEmpty() && range[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        return merged;
    }
}
