package org.gongkai.common;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Fonts of the documents the platform writes (reply letters, annual reports), one setting for all of them.
 * Letters and reports are laid out after GB/T 9704 (#10): the body in 仿宋 and titles in 小标宋 or 黑体 where those
 * fonts are installed; otherwise both fall back to the configured font ({@code font-path}, by default Debian's
 * {@code fonts-wqy-zenhei}, a 黑体-style face — decision 012 names the trade-off).
 *
 * @param fontPath        a TrueType (.ttf/.ttc) font with Chinese glyphs for PDFs, the fallback of every role;
 *                        default Debian {@code fonts-wqy-zenhei}. OpenType/CFF fonts such as Noto CJK .otf do not
 *                        work with the PDF library and are refused.
 * @param fontFamily      the family name under which the font is used in the PDF's style
 * @param docxFont        the East Asian body font named in DOCX files (the reader's Word supplies it); default 仿宋
 * @param bodyFontPath    a TrueType 仿宋 for PDF bodies (e.g. simfang.ttf); unset or unreadable = {@code fontPath}
 * @param bodyFontFamily  its family name in the PDF's style
 * @param titleFontPath   a TrueType 小标宋 or 黑体 for PDF titles; unset or unreadable = {@code fontPath}
 * @param titleFontFamily its family name in the PDF's style
 * @param docxTitleFont   the East Asian title font named in DOCX files; default 黑体
 */
@ConfigurationProperties("gongkai.documents")
public record DocumentFonts(String fontPath, String fontFamily, String docxFont, String bodyFontPath,
        String bodyFontFamily, String titleFontPath, String titleFontFamily, String docxTitleFont) {

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    /** The setting named in the error when the font is missing or unusable. */
    public static final String FONT_PATH_SETTING = "gongkai.documents.font-path";

    @ConstructorBinding
    public DocumentFonts {
        fontPath = fontPath == null || fontPath.isBlank() ? CjkPdf.DEFAULT_FONT_PATH : fontPath.trim();
        fontFamily = fontFamily == null || fontFamily.isBlank() ? CjkPdf.DEFAULT_FONT_FAMILY : fontFamily.trim();
        docxFont = docxFont == null || docxFont.isBlank() ? "仿宋" : docxFont.trim();
        docxTitleFont = docxTitleFont == null || docxTitleFont.isBlank() ? "黑体" : docxTitleFont.trim();
        bodyFontPath = usable(bodyFontPath, "body-font-path");
        titleFontPath = usable(titleFontPath, "title-font-path");
        bodyFontFamily = bodyFontPath == null ? fontFamily
                : bodyFontFamily == null || bodyFontFamily.isBlank() ? "GongkaiBody" : bodyFontFamily.trim();
        titleFontFamily = titleFontPath == null ? fontFamily
                : titleFontFamily == null || titleFontFamily.isBlank() ? "GongkaiTitle" : titleFontFamily.trim();
    }

    /** Only the fallback font: its path and family, and the DOCX font. */
    public DocumentFonts(String fontPath, String fontFamily, String docxFont) {
        this(fontPath, fontFamily, docxFont, null, null, null, null, null);
    }

    public static DocumentFonts defaults() {
        return new DocumentFonts(null, null, null);
    }

    /** The PDF family of body text: the 仿宋 when installed, else the configured font. */
    public String bodyFamily() {
        return bodyFontFamily;
    }

    /** The PDF family of titles: the 小标宋/黑体 when installed, else the configured font. */
    public String titleFamily() {
        return titleFontFamily;
    }

    /** Renders HTML to a PDF with the configured font and, where installed, the body and title fonts. */
    public byte[] pdf(String html) {
        List<CjkPdf.Face> faces = new ArrayList<>();
        faces.add(new CjkPdf.Face(fontPath, fontFamily));
        if (bodyFontPath != null) {
            faces.add(new CjkPdf.Face(bodyFontPath, bodyFontFamily));
        }
        if (titleFontPath != null) {
            faces.add(new CjkPdf.Face(titleFontPath, titleFontFamily));
        }
        return CjkPdf.render(html, faces, FONT_PATH_SETTING);
    }

    /** A role's font file when set and a readable TrueType file; otherwise null (the fallback is used, logged once). */
    private static String usable(String path, String setting) {
        if (path == null || path.isBlank()) {
            return null;
        }
        File file = new File(path.trim());
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        if (file.isFile() && file.canRead() && (name.endsWith(".ttf") || name.endsWith(".ttc"))) {
            return file.getPath();
        }
        log.warn("gongkai.documents.{} = {} is not a readable TrueType font; using {} instead", setting, path,
                FONT_PATH_SETTING);
        return null;
    }
}
