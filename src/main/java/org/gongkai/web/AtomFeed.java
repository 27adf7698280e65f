package org.gongkai.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * The portal's one Atom (RFC 4287) writer: the catalogue's feeds per unit and topic and the trading notices' feeds
 * write through it. Links are absolute, from {@link SiteAddress} (never from the request's Host header); text is
 * escaped and stripped of characters XML 1.0 does not allow.
 */
public final class AtomFeed {

    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    /**
     * One entry.
     *
     * @param title    the entry's title
     * @param path     the site-relative path of its page (also its id)
     * @param updated  when it was (last) published
     * @param summary  a short text, or null
     * @param category a category term, or null
     */
    public record Entry(String title, String path, Instant updated, String summary, String category) {}

    private AtomFeed() {}

    /**
     * The feed document.
     *
     * @param base   the site's absolute base (base URL and context path, no trailing slash)
     * @param title  the feed's title
     * @param self   the site-relative path (and query) of the feed itself
     * @param author the publisher's name
     */
    public static String write(String base, String title, String self, String author, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(esc(title)).append("</title>\n")
                .append("  <id>").append(esc(base + self)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(esc(base + self)).append("\"/>\n")
                .append("  <updated>").append(RFC3339.format(updated)).append("</updated>\n")
                .append("  <author><name>").append(esc(author)).append("</name></author>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <title>").append(esc(e.title())).append("</title>\n")
                    .append("    <id>").append(esc(base + e.path())).append("</id>\n")
                    .append("    <link href=\"").append(esc(base + e.path())).append("\"/>\n")
                    .append("    <updated>").append(RFC3339.format(e.updated())).append("</updated>\n");
            if (e.summary() != null) {
                xml.append("    <summary>").append(esc(e.summary())).append("</summary>\n");
            }
            if (e.category() != null) {
                xml.append("    <category term=\"").append(esc(e.category())).append("\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** XML text and attribute escaping; drops control characters XML 1.0 does not allow. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp >= 0x20 || cp == '\n' || cp == '\t' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
