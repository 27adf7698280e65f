package org.gongkai.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fonts of the documents the platform writes (reply letters, annual reports), one setting for all of them.
 *
 * @param fontPath   a TrueType (.ttf/.ttc) font with Chinese glyphs for PDFs; default Debian {@code fonts-wqy-zenhei}.
 *                   OpenType/CFF fonts such as Noto CJK .otf do not work with the PDF library and are refused.
 * @param fontFamily the family name under which the font is used in the PDF's style
 * @param docxFont   the East Asian font named in DOCX files (the reader's Word supplies it)
 */
@ConfigurationProperties("gongkai.documents")
public record DocumentFonts(String fontPath, String fontFamily, String docxFont) {

    /** The setting named in the error when the font is missing or unusable. */
    public static final String FONT_PATH_SETTING = "gongkai.documents.font-path";

    public DocumentFonts {
        fontPath = fontPath == null || fontPath.isBlank() ? CjkPdf.DEFAULT_FONT_PATH : fontPath.trim();
        fontFamily = fontFamily == null || fontFamily.isBlank() ? CjkPdf.DEFAULT_FONT_FAMILY : fontFamily.trim();
        docxFont = docxFont == null || docxFont.isBlank() ? "宋体" : docxFont.trim();
    }

    public static DocumentFonts defaults() {
        return new DocumentFonts(null, null, null);
    }

    /** Renders HTML to a PDF with this font. */
    public byte[] pdf(String html) {
        return CjkPdf.render(html, fontPath, fontFamily, FONT_PATH_SETTING);
    }
}
