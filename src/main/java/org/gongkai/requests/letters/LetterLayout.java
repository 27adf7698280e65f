package org.gongkai.requests.letters;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.requests.letters.LetterRenderer.Addressee;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;

/**
 * The layout of a letter after GB/T 9704-2012 (党政机关公文格式), shared by the PDF and the DOCX writer, on the
 * page of {@link org.gongkai.common.Gbt9704}: A4; text block 156 mm × 225 mm (margins top 37, bottom 35, left 28,
 * right 26 mm); body 三号 (16 pt) 仿宋 on a grid of 22 lines (28.9 pt); title 二号 (22 pt) 小标宋 or 黑体, centred, on as many lines as the template gives;
 * the 文号 set right above it (信函格式); the addressee flush left; body paragraphs indented two characters;
 * the 发文机关署名 and 成文日期 of a sealed letter (7.3.5.1): the date set right with four characters to spare, the
 * signature centred over the date, two blank lines above for the seal; 附注 (the contact) below, indented two
 * characters, in brackets; page numbers 四号 "— 1 —" below the text block, odd pages right and even pages left,
 * one character in.
 */
final class LetterLayout {

    private LetterLayout() {}

    /** The date of a sealed letter: four characters from the right edge. */
    static final double DATE_RIGHT_CHARS = 4;
    /** An unsealed single line set right (e.g. a signature alone): two characters from the right edge. */
    static final double RIGHT_CHARS = 2;

    /**
     * The paragraphs as printed: the addressee's pronoun in place of the old "您（单位）", clean punctuation in
     * every paragraph but the title, and the signature block placed.
     */
    static List<Paragraph> finish(List<Paragraph> paragraphs, Addressee addressee) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            String text = p.text().replace("您（单位）", addressee.pronoun()).replace("您(单位)", addressee.pronoun());
            out.add(p.style() == Style.TITLE ? p.withText(text) : p.withText(LetterPunctuation.clean(text)));
        }
        return signature(out);
    }

    /**
     * Places the last run of set-right paragraphs: with two or more, the last is the date (four characters in)
     * and the one before it the signature, centred over the date; a single one sits two characters in.
     */
    static List<Paragraph> signature(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs);
        int end = -1;
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).style() == Style.RIGHT) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return out;
        }
        int start = end;
        while (start > 0 && out.get(start - 1).style() == Style.RIGHT) {
            start--;
        }
        if (start == end) {
            out.set(end, out.get(end).withRightIndent(RIGHT_CHARS));
            return out;
        }
        Paragraph date = out.get(end);
        out.set(end, date.withRightIndent(DATE_RIGHT_CHARS));
        double dateWidth = width(date.text());
        for (int i = start; i < end; i++) {
            double indent = DATE_RIGHT_CHARS + (dateWidth - width(out.get(i).text())) / 2;
            out.set(i, out.get(i).withRightIndent(Math.max(0, indent)));
        }
        return out;
    }

    /** Width in characters of the body size: CJK and full-width one, ASCII (digits of a date) half. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }

    /** The index of the first set-right paragraph of the signature block, or -1. */
    static int signatureStart(List<Paragraph> paragraphs) {
        int end = -1;
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (paragraphs.get(i).style() == Style.RIGHT) {
                end = i;
                break;
            }
        }
        int start = end;
        while (start > 0 && paragraphs.get(start - 1).style() == Style.RIGHT) {
            start--;
        }
        return start;
    }
}
