package org.gongkai.requests.letters;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans the punctuation of a rendered letter paragraph (#10): template text, officers' reasons and applicants'
 * descriptions meet in one sentence, and the seams show as {@code 。。}, {@code ，。}, {@code （）} or ASCII
 * punctuation in Chinese text. Web addresses and e-mail addresses are left as typed; so are the separators inside
 * numbers ({@code 1,700.00}, {@code 8:30}).
 */
final class LetterPunctuation {

    private LetterPunctuation() {}

    /** Spans that are not prose: URLs and e-mail addresses. */
    private static final Pattern VERBATIM = Pattern.compile(
            "(?i)(?:https?://|www\\.)[\\w.~:/?#\\[\\]@!$&'()*+,;=%-]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Two or more marks where one belongs; the strongest one stays. */
    private static final Pattern RUN = Pattern.compile("[，。；、：]{2,}");
    private static final Pattern AFTER_QUESTION = Pattern.compile("([？！])[，。；、]+");
    /** A full stop inside closing quotes or brackets when the sentence goes on with its own mark: “…。”。 → “…”。 */
    private static final Pattern STOP_BEFORE_CLOSE = Pattern.compile("[。，；](?=[”’）》][，。；、：])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("（\\s*）|\\(\\s*\\)|“\\s*”|《\\s*》|【\\s*】");
    private static final Pattern SPACE_AROUND_MARK = Pattern.compile("[ \\t\\u3000]+(?=[，。；、：？！）”》])|(?<=[，。；、：？！（“《])[ \\t\\u3000]+");

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = VERBATIM.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(prose(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        out.append(prose(text.substring(at)));
        String s = out.toString();
        // marks of the prose next to a verbatim span, and marks across seams, once more
        s = collapse(s);
        return s.strip();
    }

    private static String prose(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i > 0 ? s.charAt(i - 1) : 0;
            char after = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            boolean inNumber = Character.isDigit(before) && Character.isDigit(after);
            switch (c) {
                case ',' -> out.append(inNumber ? ',' : '，');
                case ':' -> out.append(inNumber ? ':' : '：');
                case ';' -> out.append('；');
                case '?' -> out.append('？');
                case '!' -> out.append('！');
                case '(' -> out.append('（');
                case ')' -> out.append('）');
                case '.' -> out.append(isHan(before) && (after == 0 || isHan(after) || after == ' ') ? '。' : '.');
                default -> out.append(c);
            }
        }
        return quotes(out.toString());
    }

    /** Straight double quotes in pairs become “ ”. */
    private static String quotes(String s) {
        if (s.indexOf('"') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean open = true;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                out.append(open ? '“' : '”');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String collapse(String s) {
        String previous;
        do {
            previous = s;
            s = EMPTY_BRACKETS.matcher(s).replaceAll("");
            s = SPACE_AROUND_MARK.matcher(s).replaceAll("");
            s = STOP_BEFORE_CLOSE.matcher(s).replaceAll("");
            s = AFTER_QUESTION.matcher(s).replaceAll("$1");
            s = RUN.matcher(s).replaceAll(r -> strongest(r.group()));
        } while (!s.equals(previous));
        return s;
    }

    private static String strongest(String run) {
        for (String mark : new String[] {"。", "；", "，", "、", "："}) {
            if (run.contains(mark)) {
                return mark;
            }
        }
        return run.substring(0, 1);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
