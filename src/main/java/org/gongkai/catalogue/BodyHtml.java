package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Document bodies: sanitised on save (scripts, event handlers, {@code javascript:} URLs and styles removed;
 * formatting, lists, tables, links and images kept), plain text turned into paragraphs, and the text form used
 * by the guard, the diff and search.
 */
public final class BodyHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("hr", "br", "caption", "thead", "tbody", "tfoot", "th", "sub", "sup")
                    .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
                    .toFactory());

    private BodyHtml() {}

    /** Safe HTML for the given HTML or plain text. */
    public static String sanitize(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String html = looksLikeHtml(body) ? body : paragraphs(body);
        return POLICY.sanitize(html).strip();
    }

    /**
     * Whether the body contains a tag: a {@code <}, optional whitespace, a letter, {@code !} or {@code /}, and a
     * {@code >} after it (the regular expression {@code (?s).*<\s*[a-zA-Z!/][^>]*>.*}, written out: an import
     * checks 100,000 bodies).
     */
    static boolean looksLikeHtml(String body) {
        int lastClose = body.lastIndexOf('>');
        for (int i = body.indexOf('<'); i >= 0 && i < lastClose; i = body.indexOf('<', i + 1)) {
            int j = i + 1;
            while (j < body.length() && isRegexSpace(body.charAt(j))) {
                j++;
            }
            if (j < lastClose) {
                char c = body.charAt(j);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '!' || c == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** One escaped {@code <p>} per non-blank line (lines end with {@code \n} or {@code \r\n}). */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() + 1 : end + 1;
            if (end < 0) {
                end = text.length();
            } else if (end > start && text.charAt(end - 1) == '\r') {
                end--;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                out.append("<p>");
                escapeOnto(line.strip(), out);
                out.append("</p>\n");
            }
            start = next;
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escapeOnto(s, out);
        return out.toString();
    }

    private static void escapeOnto(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** Plain text of a (sanitised) body, one line per block element. */
    public static String text(String html) {
        return String.join("\n", lines(html));
    }

    /** One entry per paragraph-like block, for diffs. */
    public static List<String> lines(String html) {
        List<String> lines = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return lines;
        }
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().select("p, h1, h2, h3, h4, h5, h6, li, tr, div:not(:has(p, div, li, table)), pre, blockquote:not(:has(p))")) {
            String t = e.text().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        if (lines.isEmpty()) {
            String t = doc.body().text().strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        return lines;
    }
}
