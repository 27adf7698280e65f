package org.gongkai.requests.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A letter as A4 PDF through openhtmltopdf, with the configured TrueType CJK font embedded under an explicit
 * family name. Every text is XML-escaped into a fixed page skeleton. Without the font file this refuses with
 * a message naming the setting, rather than printing empty boxes.
 */
final class PdfLetterWriter {

    private static final Logger log = LoggerFactory.getLogger(PdfLetterWriter.class);

    private final LetterProperties properties;

    PdfLetterWriter(LetterProperties properties) {
        this.properties = properties;
    }

    byte[] write(String title, List<Paragraph> paragraphs) {
        File font = checkedFont();
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, properties.fontFamily());
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            log.error("PDF letter rendering failed with font {}", font, e);
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "生成 PDF 文书失败，请联系系统管理员检查字体设置（"
                    + "gongkai.requests.letters.font-path）");
        }
    }

    private File checkedFont() {
        File font = new File(properties.fontPath());
        String name = font.getName().toLowerCase(Locale.ROOT);
        if (!font.isFile() || !font.canRead()) {
            log.error("PDF letter font not found: {} (install Debian fonts-wqy-zenhei or set "
                    + "gongkai.requests.letters.font-path to a TrueType CJK font)", font);
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "无法生成 PDF 文书：未找到中文字体文件 " + font.getPath()
                    + "。请安装 fonts-wqy-zenhei，或在设置 gongkai.requests.letters.font-path 中指定 TrueType 中文字体");
        }
        if (!(name.endsWith(".ttf") || name.endsWith(".ttc"))) {
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "无法生成 PDF 文书：字体 " + font.getPath()
                    + " 不是 TrueType 字体（.ttf/.ttc），OpenType/CFF 字体（如 Noto CJK .otf）无法嵌入中文；"
                    + "请安装 fonts-wqy-zenhei 或更改 gongkai.requests.letters.font-path");
        }
        return font;
    }

    /** XML-escapes text and drops control characters that XML cannot carry. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
