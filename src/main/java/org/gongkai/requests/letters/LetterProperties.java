package org.gongkai.requests.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Letter settings.
 *
 * @param fontPath   a TrueType (.ttf/.ttc) font with Chinese glyphs for PDF letters; default Debian
 *                   {@code fonts-wqy-zenhei}. OpenType/CFF fonts such as Noto CJK .otf do not work with the PDF
 *                   library and are refused.
 * @param fontFamily the family name under which the font is used in the letter's style
 * @param docxFont   the East Asian font named in DOCX letters (the reader's Word supplies it)
 */
@ConfigurationProperties("gongkai.requests.letters")
public record LetterProperties(String fontPath, String fontFamily, String docxFont) {

    public static final String DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    public LetterProperties {
        fontPath = fontPath == null || fontPath.isBlank() ? DEFAULT_FONT_PATH : fontPath.trim();
        fontFamily = fontFamily == null || fontFamily.isBlank() ? "WenQuanYi Zen Hei" : fontFamily.trim();
        docxFont = docxFont == null || docxFont.isBlank() ? "宋体" : docxFont.trim();
    }

    public static LetterProperties defaults() {
        return new LetterProperties(null, null, null);
    }
}
