package org.gongkai.common;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTML to PDF with Chinese text that stays selectable: openhtmltopdf with a TrueType CJK font embedded under an
 * explicit family name (OpenType/CFF fonts such as Noto CJK .otf fail in the PDF library). Shared by the
 * request letters and the annual report. Without a usable font it refuses with a message naming the setting,
 * rather than printing empty boxes.
 */
public final class CjkPdf {

    private static final Logger log = LoggerFactory.getLogger(CjkPdf.class);

    /** Debian {@code fonts-wqy-zenhei}. */
    public static final String DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    public static final String DEFAULT_FONT_FAMILY = "WenQuanYi Zen Hei";

    private CjkPdf() {}

    /**
     * Renders an HTML document (parsed leniently, so ordinary HTML5 from a template works) whose style uses
     * {@code fontFamily}. {@code setting} names the configuration key of the font path for the error message.
     */
    public static byte[] render(String html, String fontPath, String fontFamily, String setting) {
        return render(html, java.util.List.of(new Face(fontPath, fontFamily)), setting);
    }

    /** A font file embedded under a family name. */
    public record Face(String path, String family) {}

    /**
     * As {@link #render(String, String, String, String)} with several fonts, each under its own family name; the
     * first is the required one (checked, refused clearly when missing), the others were checked by the caller.
     */
    public static byte[] render(String html, java.util.List<Face> faces, String setting) {
        File font = checkedFont(faces.get(0).path(), setting);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, faces.get(0).family());
            for (Face extra : faces.subList(1, faces.size())) {
                builder.useFont(new File(extra.path()), extra.family());
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            log.error("PDF rendering failed with font {}", font, e);
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "生成 PDF 失败，请联系系统管理员检查字体设置（" + setting + "）");
        }
    }

    static File checkedFont(String fontPath, String setting) {
        File font = new File(fontPath);
        String name = font.getName().toLowerCase(Locale.ROOT);
        if (!font.isFile() || !font.canRead()) {
            log.error("PDF font not found: {} (install Debian fonts-wqy-zenhei or set {} to a TrueType CJK font)",
                    font, setting);
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "无法生成 PDF：未找到中文字体文件 " + font.getPath()
                    + "。请安装 fonts-wqy-zenhei，或在设置 " + setting + " 中指定 TrueType 中文字体");
        }
        if (!(name.endsWith(".ttf") || name.endsWith(".ttc"))) {
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "无法生成 PDF：字体 " + font.getPath()
                    + " 不是 TrueType 字体（.ttf/.ttc），OpenType/CFF 字体（如 Noto CJK .otf）无法嵌入中文；"
                    + "请安装 fonts-wqy-zenhei 或更改 " + setting);
        }
        return font;
    }

    /** XML-escapes text and drops control characters that XML cannot carry. */
    public static String escape(String text) {
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
