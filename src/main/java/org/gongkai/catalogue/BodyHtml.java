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

    static boolean looksLikeHtml(String body) {
        return body.matches("(?s).*<\\s*[a-zA-Z!/][^>]*>.*");
    }

    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n")) {
            if (!line.isBlank()) {
                out.append("<p>").append(escape(line.strip())).append("</p>\n");
            }
        }
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
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
