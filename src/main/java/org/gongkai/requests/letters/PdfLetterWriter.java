package org.gongkai.requests.letters;

import java.util.List;
import java.util.Locale;
import org.gongkai.common.CjkPdf;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.Gbt9704;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;

/**
 * A letter as A4 PDF through openhtmltopdf in the layout of {@link LetterLayout} (GB/T 9704), with the configured
 * TrueType CJK fonts embedded under explicit family names. Every text is XML-escaped into a fixed page skeleton.
 * Without the font file this refuses with a message naming the setting, rather than printing empty boxes.
 */
final class PdfLetterWriter {

    private final DocumentFonts fonts;

    PdfLetterWriter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(String title, List<Paragraph> paragraphs) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title)).append("</title><style>").append(style())
                .append("</style></head><body>");
        int signature = LetterLayout.signatureStart(paragraphs);
        boolean closing = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (closing && p.style() != Style.RIGHT) {
                html.append("</div>");
                closing = false;
            }
            if (p.style() == Style.TITLE) {
                html.append("<h1>").append(escape(p.text()));
                while (i + 1 < paragraphs.size() && paragraphs.get(i + 1).style() == Style.TITLE) {
                    html.append("<br/>").append(escape(paragraphs.get(++i).text()));
                }
                html.append("</h1>");
                continue;
            }
            if (i == signature) {
                html.append("<div class=\"closing\">"); // signature and date stay on one page
                closing = true;
            }
            String css = p.style().name().toLowerCase(Locale.ROOT) + (i == signature ? " signature" : "");
            html.append("<p class=\"").append(css).append('"');
            if (p.rightIndent() > 0) {
                html.append(" style=\"padding-right: ").append(String.format(Locale.ROOT, "%.2f", p.rightIndent()))
                        .append("em\"");
            }
            html.append('>').append(escape(p.text())).append("</p>");
        }
        if (closing) {
            html.append("</div>");
        }
        html.append("</body></html>");
        return fonts.pdf(html.toString());
    }

    private String style() {
        String fallback = "'" + escape(fonts.fontFamily()) + "'";
        String body = "'" + escape(fonts.bodyFamily()) + "', " + fallback;
        String heading = "'" + escape(fonts.titleFamily()) + "', " + fallback;
        double line = Gbt9704.LINE_PT;
        return Gbt9704.pageCss(fallback)
                + "body { margin: 0; font-family: " + body + "; font-size: " + pt(Gbt9704.BODY_PT)
                + "; line-height: " + pt(line) + "; }"
                + "h1 { margin: 0 0 " + pt(line) + " 0; text-align: center; font-weight: normal;"
                + " font-family: " + heading + "; font-size: " + pt(Gbt9704.TITLE_PT) + "; line-height: "
                + pt(line * 1.25) + "; }"
                + "p { margin: 0; text-align: justify; }"
                + "p.body { text-indent: 2em; }"
                + "p.number { text-align: right; margin-bottom: " + pt(line) + "; }"
                + "p.right { text-align: right; }"
                + "p.signature { margin-top: " + pt(line * 2) + "; }"
                + "div.closing { page-break-inside: avoid; }";
    }

    private static String pt(double value) {
        return Gbt9704.pt(value);
    }

    static String escape(String text) {
        return CjkPdf.escape(text);
    }
}
