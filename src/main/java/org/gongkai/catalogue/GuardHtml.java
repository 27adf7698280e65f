package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A document body as the personal-data guard reads it: the text nodes in order, joined without anything between
 * inline elements (so {@code 110105<b>1949</b>1231002X} is one number), with a blank line between blocks, a line
 * break for {@code <br>} and a tab between table cells (so a row of counts in a table is not read as one number).
 * Masking edits the text nodes themselves: a number split over several nodes gets its mask in the first and its
 * other parts removed; markup is never touched.
 */
final class GuardHtml {

    private static final Set<String> CELLS = Set.of("td", "th");

    private record Segment(TextNode node, int start, int end) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    private GuardHtml(Element root) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int start = text.length();
                    text.append(t.getWholeText());
                    segments.add(new Segment(t, start, text.length()));
                } else if (node instanceof Element e && depth > 0) {
                    boundary(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && !e.nameIs("br")) {
                    boundary(e);
                }
            }
        });
    }

    private void boundary(Element e) {
        if (CELLS.contains(e.normalName())) {
            text.append('\t');
        } else if (e.nameIs("br")) {
            text.append('\n');
        } else if (e.isBlock()) {
            text.append("\n\n");
        }
    }

    /** The text the guard scans for a (sanitised) body. */
    static String text(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return "";
        }
        return new GuardHtml(Jsoup.parseBodyFragment(bodyHtml).body()).text.toString();
    }

    /** The body with every maskable finding masked in its text nodes (markup unchanged). */
    static String mask(String bodyHtml, PersonalDataGuard guard) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return bodyHtml == null ? "" : bodyHtml;
        }
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false); // the text nodes keep their whitespace
        Element body = doc.body();
        GuardHtml read = new GuardHtml(body);
        List<PersonalDataGuard.Match> matches = guard.scan(read.text.toString());
        for (int i = matches.size() - 1; i >= 0; i--) {
            PersonalDataGuard.Match m = matches.get(i);
            if (m.kind().maskable()) {
                read.replace(m.start(), m.end(), m.masked());
            }
        }
        return body.html();
    }

    /** Replaces [start, end) of the joined text: the replacement goes to the first node touched. */
    private void replace(int start, int end, String replacement) {
        boolean first = true;
        for (Segment s : segments) {
            if (s.end() <= start || s.start() >= end || s.start() == s.end()) {
                continue;
            }
            String whole = s.node().getWholeText();
            int from = Math.max(start, s.start()) - s.start();
            int to = Math.min(end, s.end()) - s.start();
            s.node().text(whole.substring(0, from) + (first ? replacement : "") + whole.substring(to));
            first = false;
        }
    }
}
