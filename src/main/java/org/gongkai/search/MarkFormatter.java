package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Snippets as safe HTML: the text is escaped, overlapping matches (bigrams overlap) are merged, each match
 * is wrapped in {@code <mark>}, long passages are cut around their first match, passages joined by "…".
 */
final class MarkFormatter extends PassageFormatter {

    private static final int BEFORE = 40;
    private static final int WINDOW = 140;

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        for (Passage passage : passages) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            out.append(format(passage, content));
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String format(Passage passage, String content) {
        List<int[]> matches = merged(passage);
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (end - start > WINDOW) {
            int anchor = matches.isEmpty() ? start : matches.get(0)[0];
            start = Math.max(start, anchor - BEFORE);
            end = Math.min(end, start + WINDOW);
        }
        StringBuilder out = new StringBuilder();
        if (start > passage.getStartOffset()) {
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
        if (end < passage.getEndOffset()) {
            out.append("…");
        }
        return out.toString();
    }

    private static List<int[]> merged(Passage passage) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            ranges.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            if (!merged.isEmpty() && range[0] <= merged.get(merged.size() - 1)[1]) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
