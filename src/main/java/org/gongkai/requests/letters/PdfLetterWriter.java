package org.gongkai.requests.letters;

import java.util.List;
import org.gongkai.common.CjkPdf;
import org.gongkai.common.DocumentFonts;
import org.gongkai.requests.letters.TemplateText.Paragraph;

/**
 * A letter as A4 PDF through openhtmltopdf, with the configured TrueType CJK font embedded under an explicit
 * family name. Every text is XML-escaped into a fixed page skeleton. Without the font file this refuses with
 * a message naming the setting, rather than printing empty boxes.
 */
final class PdfLetterWriter {

    private final DocumentFonts properties;

    PdfLetterWriter(DocumentFonts properties) {
        this.properties = properties;
    }

    byte[] write(String title, List<Paragraph> paragraphs) {
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title)).append("</title><style>")
                .append("@page { size: A4; margin: 25mm 26mm 25mm 28mm; }")
                .append("body { font-family: '").append(escape(properties.fontFamily()))
                .append("'; font-size: 12pt; line-height: 1.8; }")
                .append("h1 { text-align: center; font-size: 18pt; font-weight: normal; margin: 0 0 1.2em 0; }")
                .append("p { margin: 0 0 0.3em 0; }")
                .append("p.body { text-indent: 2em; }")
                .append("p.right { text-align: right; }")
                .append("</style></head><body>");
        for (Paragraph p : paragraphs) {
            switch (p.style()) {
                case TITLE -> html.append("<h1>").append(escape(p.text())).append("</h1>");
                case FLUSH -> html.append("<p class=\"flush\">").append(escape(p.text())).append("</p>");
                case BODY -> html.append("<p class=\"body\">").append(escape(p.text())).append("</p>");
                case RIGHT -> html.append("<p class=\"right\">").append(escape(p.text())).append("</p>");
            }
        }
        html.append("</body></html>");
        return properties.pdf(html.toString());
    }

    static String escape(String text) {
        return CjkPdf.escape(text);
    }
}
