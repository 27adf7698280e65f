package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.common.NormalisedText;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Sm3;

/**
 * Finds personal data and secrecy markings in text (RULES §4), also when disguised (full-width digits, digit
 * groups separated by spaces, hyphens, dots, middle dots, dashes or a line break, invisible characters): ID numbers
 * whose GB 11643 check character is valid, mobile numbers (1[3-9] and 9 more digits, not part of a longer
 * number), bank card numbers of 16–19 digits passing Luhn, and secrecy markings (绝密/机密/秘密 with ★, 内部资料, 不得公开-type notes). Also applies
 * the default masks. Pure and stateless: plain unit tests cover it.
 */
public final class PersonalDataGuard {

    public enum Kind {
        ID_NUMBER("身份证号码"),
        MOBILE("手机号码"),
        BANK_CARD("银行卡号"),
        SECRECY("密级或不公开标识");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean maskable() {
            return this != SECRECY;
        }
    }

    /** One thing found: where, what (raw, never stored), its masked form and a fingerprint for re-scans. */
    public record Match(Kind kind, int start, int end, String value, String masked) {
        public String fingerprint() {
            return Sm3.hex(kind.name() + ":" + value.replaceAll("[\\s-]", ""));
        }
    }

    private static final Pattern STARRED = Pattern.compile("(绝密|机密|秘密)\\s*[★☆*＊]\\s*(?:[0-9一二三四五六七八九十]+\\s*年|长期)?[。.]?");
    private static final Pattern INTERNAL = Pattern.compile("内部资料|内部文件|内部材料");
    private static final Pattern NOTE = Pattern.compile("不得公开|不宜公开|严禁外传|不得外传|注意保密|内部使用|不得对外");
    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[]\\s*(?:绝密|机密|秘密|不得公开|不宜公开|严禁外传|不得外传|注意保密|内部使用)\\s*[）)】\\]]");
    private static final Pattern SECRECY_LINE = Pattern.compile("^\\s*(绝密|机密|秘密)(?:级)?\\s*(?:[0-9一二三四五六七八九十]+\\s*年|长期)?\\s*[。.]?\\s*$");
    private static final Pattern DIGIT_CHAIN = Pattern.compile("[0-9](?:[\\s\\-.·—]{0,3}[0-9]){6,}");
    private static final Pattern MOBILE = Pattern.compile(PersonalData.MOBILE_REGEX);
    private static final String CARD_FIRST_DIGITS = "34569";

    private final GuardSettings settings;

    public PersonalDataGuard(GuardSettings settings) {
        this.settings = settings;
    }

    public PersonalDataGuard() {
        this(GuardSettings.DEFAULTS);
    }

    /**
     * Every finding in the text, in order, with offsets into the text as given. Numbers are looked for in the
     * normalised text ({@link NormalisedText}: full-width digits, invisible characters) and may be written in
     * groups ({@link NumberChains}: spaces, hyphens, dots, middle dots, dashes, a line break); each must pass its
     * check (GB 11643 with a real birth date, Luhn for cards of 16–19 digits, 1[3-9] and 9 digits for mobiles).
     * A match's {@code value} is the canonical number (ASCII digits, upper-case X).
     */
    public List<Match> scan(String text) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        NormalisedText normalised = NormalisedText.of(text);
        for (NumberChains.Candidate c : NumberChains.candidates(normalised.text(), (d, letter) -> kindOf(d, letter) != null)) {
            Kind kind = kindOf(c.digits(), c.touchesLetter());
            found.add(new Match(kind, normalised.originalStart(c.start()), normalised.originalEnd(c.end()), c.digits(),
                    mask(kind, c.digits())));
        }
        secrecy(normalised, found);
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    /** ID number before bank card before mobile; null when the digits are none of them. */
    static Kind kindOf(String digits, boolean touchesLetter) {
        int n = digits.length();
        if (n == 18 && !touchesLetter && PersonalData.isPlausibleIdNumber(digits)) {
            return Kind.ID_NUMBER;
        }
        if (digits.indexOf('X') >= 0) {
            return null;
        }
        if (n >= 16 && n <= 19 && CARD_FIRST_DIGITS.indexOf(digits.charAt(0)) >= 0 && luhn(digits)) {
            return Kind.BANK_CARD;
        }
        return n == 11 && MOBILE.matcher(digits).matches() ? Kind.MOBILE : null;
    }

    private String mask(Kind kind, String digits) {
        return switch (kind) {
            case ID_NUMBER -> maskId(digits);
            case BANK_CARD -> maskCard(digits);
            case MOBILE -> maskMobile(digits);
            case SECRECY -> digits;
        };
    }

    private void secrecy(NormalisedText normalised, List<Match> found) {
        String text = normalised.text();
        for (Pattern p : List.of(STARRED, INTERNAL, BRACKETED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                addSecrecy(normalised, found, m.start(), m.end());
            }
        }
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (SECRECY_LINE.matcher(line).matches()) {
                addSecrecy(normalised, found, lineStart, lineStart + line.length());
            } else if (stripped.length() <= 30) {
                Matcher m = NOTE.matcher(line);
                while (m.find()) {
                    addSecrecy(normalised, found, lineStart + m.start(), lineStart + m.end());
                }
            }
            for (String extra : settings.extraMarkings()) {
                int i = line.indexOf(extra);
                if (!extra.isBlank() && i >= 0) {
                    addSecrecy(normalised, found, lineStart + i, lineStart + i + extra.length());
                }
            }
            lineStart += line.length() + 1;
        }
    }

    /** A secrecy marking keeps its original spelling as value (its fingerprint is stable across versions). */
    private static void addSecrecy(NormalisedText normalised, List<Match> found, int nStart, int nEnd) {
        int start = normalised.originalStart(nStart);
        int end = normalised.originalEnd(nEnd);
        if (end > start && free(found, start, end)) {
            String value = normalised.original().substring(start, end).strip();
            found.add(new Match(Kind.SECRECY, start, end, value, value));
        }
    }

    private static boolean free(List<Match> found, int start, int end) {
        return found.stream().noneMatch(f -> start < f.end() && f.start() < end);
    }

    /** The text with every maskable finding masked (secrecy markings are left: they need an editor). */
    public String maskAll(String text) {
        List<Match> matches = scan(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = matches.size() - 1; i >= 0; i--) {
            Match match = matches.get(i);
            if (match.kind().maskable()) {
                out.replace(match.start(), match.end(), match.masked());
            }
        }
        return out.toString();
    }

    /** A short excerpt around a finding with the finding (and any other number in view) masked. */
    public String context(String text, Match match, int radius) {
        int from = Math.max(0, match.start() - radius);
        int to = Math.min(text.length(), match.end() + radius);
        String before = maskDigits(NormalisedText.of(maskAll(text.substring(from, match.start()))).text());
        String after = maskDigits(NormalisedText.of(maskAll(text.substring(match.end(), to))).text());
        return ((from > 0 ? "…" : "") + before + "【" + match.masked() + "】" + after + (to < text.length() ? "…" : ""))
                .replaceAll("\\s+", " ");
    }

    private static String maskDigits(String s) {
        return DIGIT_CHAIN.matcher(s).replaceAll(r -> keep(PersonalData.canonicalNumber(r.group()), 2, 2));
    }

    public String maskMobile(String value) {
        return keep(PersonalData.canonicalNumber(value), settings.mobileKeepStart(), settings.mobileKeepEnd());
    }

    public String maskId(String value) {
        return keep(PersonalData.canonicalNumber(value), settings.idKeepStart(), settings.idKeepEnd());
    }

    public String maskCard(String value) {
        return keep(PersonalData.canonicalNumber(value), settings.cardKeepStart(), settings.cardKeepEnd());
    }

    static String keep(String value, int start, int end) {
        if (start + end >= value.length()) {
            return "*".repeat(value.length());
        }
        return value.substring(0, start) + "*".repeat(value.length() - start - end) + value.substring(value.length() - end);
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
