package org.gongkai.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (发文字号) in one canonical form, so that 示政发〔2024〕5号, 示政发[2024]5号, 示政发(2024)5号,
 * 示政发【2024】5号, 示政发（2024）第5号 and 示政发20245号 are the same number: {@code 示政发2024第5号}. Applied to the
 * stored number at index time and to every candidate found in the user's text at query time.
 */
final class DocumentNumbers {

    private static final String OPEN = "〔\\[(【（〖｛{<《";
    private static final String CLOSE = "〕\\])】）〗｝}>》";
    /** agency prefix, year in any brackets (or none), optional 第, serial, 号 */
    private static final Pattern WITH_YEAR = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,20})\\s*[" + OPEN + "]?\\s*((?:19|20)\\d{2})\\s*[" + CLOSE + "]?\\s*第?\\s*0*(\\d{1,6})\\s*号");
    /** 国务院令第699号 style: no year */
    private static final Pattern WITHOUT_YEAR = Pattern.compile("([\\p{IsHan}A-Za-z]{1,20})第\\s*0*(\\d{1,6})\\s*号");
    private static final int MAX_PREFIX = 12;

    private DocumentNumbers() {}

    /** The canonical form of a stored document number, or null when there is none. */
    static String canonical(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String text = prepare(number);
        Matcher m = WITH_YEAR.matcher(text);
        if (m.matches()) {
            return m.group(1) + m.group(2) + "第" + m.group(3) + "号";
        }
        m = WITHOUT_YEAR.matcher(text);
        if (m.matches()) {
            return m.group(1) + "第" + m.group(2) + "号";
        }
        return text.replaceAll("[\\s" + OPEN + CLOSE + "]", "");
    }

    /**
     * Canonical candidates for document numbers inside free text. Where the number's agency prefix begins is
     * unknown ("关于示政发〔2024〕5号的解读"), so every plausible prefix length is a candidate; only a stored number
     * can match one exactly.
     */
    static Set<String> candidates(String text) {
        Set<String> candidates = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return candidates;
        }
        String prepared = prepare(text);
        Matcher m = WITH_YEAR.matcher(prepared);
        while (m.find()) {
            String prefix = m.group(1);
            for (int i = Math.max(0, prefix.length() - MAX_PREFIX); i < prefix.length(); i++) {
                candidates.add(prefix.substring(i) + m.group(2) + "第" + m.group(3) + "号");
            }
        }
        m = WITHOUT_YEAR.matcher(prepared);
        while (m.find()) {
            String prefix = m.group(1);
            for (int i = Math.max(0, prefix.length() - MAX_PREFIX); i < prefix.length(); i++) {
                candidates.add(prefix.substring(i) + "第" + m.group(2) + "号");
            }
        }
        return candidates;
    }

    private static String prepare(String text) {
        // NFKC: full-width digits, letters and ASCII brackets become half-width; 〔〕【】 are kept as they are
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).strip();
    }
}
