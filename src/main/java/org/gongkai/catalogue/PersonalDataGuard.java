package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Sm3;

/**
 * Finds personal data and secrecy markings in text (RULES §4): ID numbers whose GB 11643 check character is
 * valid, mobile numbers (1[3-9] and 9 more digits, not part of a longer digit run), bank card numbers of 16–19
 * digits passing Luhn, and secrecy markings (绝密/机密/秘密 with ★, 内部资料, 不得公开-type notes). Also applies
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

    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d(?:[- ]?\\d{4}){2}(?![0-9])");
    private static final Pattern CARD = Pattern.compile("(?<![0-9])(?:\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)(?![0-9])");
    private static final Pattern STARRED = Pattern.compile("(绝密|机密|秘密)\\s*[★☆*＊]\\s*(?:[0-9一二三四五六七八九十]+\\s*年|长期)?[。.]?");
    private static final Pattern INTERNAL = Pattern.compile("内部资料|内部文件|内部材料");
    private static final Pattern NOTE = Pattern.compile("不得公开|不宜公开|严禁外传|不得外传|注意保密|内部使用|不得对外");
    private static final Pattern BRACKETED = Pattern.compile("[（(【\\[]\\s*(?:绝密|机密|秘密|不得公开|不宜公开|严禁外传|不得外传|注意保密|内部使用)\\s*[）)】\\]]");
    private static final Pattern SECRECY_LINE = Pattern.compile("^\\s*(绝密|机密|秘密)(?:级)?\\s*(?:[0-9一二三四五六七八九十]+\\s*年|长期)?\\s*[。.]?\\s*$");

    private final GuardSettings settings;

    public PersonalDataGuard(GuardSettings settings) {
        this.settings = settings;
    }

    public PersonalDataGuard() {
        this(GuardSettings.DEFAULTS);
    }

    /** Every finding in the text, in order; overlapping numbers count once (ID before card before mobile). */
    public List<Match> scan(String text) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (PersonalData.isValidIdNumber(m.group())) {
                found.add(new Match(Kind.ID_NUMBER, m.start(), m.end(), m.group(), maskId(m.group())));
            }
        }
        m = CARD.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && free(found, m.start(), m.end())) {
                found.add(new Match(Kind.BANK_CARD, m.start(), m.end(), m.group(), maskCard(m.group())));
            }
        }
        m = MOBILE.matcher(text);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                found.add(new Match(Kind.MOBILE, m.start(), m.end(), m.group(), maskMobile(m.group())));
            }
        }
        secrecy(text, found);
        found.sort(Comparator.comparingInt(Match::start));
        return found;
    }

    private void secrecy(String text, List<Match> found) {
        for (Pattern p : List.of(STARRED, INTERNAL, BRACKETED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                addSecrecy(found, m.start(), m.end(), m.group());
            }
        }
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (SECRECY_LINE.matcher(line).matches()) {
                addSecrecy(found, lineStart, lineStart + line.length(), stripped);
            } else if (stripped.length() <= 30) {
                Matcher m = NOTE.matcher(line);
                while (m.find()) {
                    addSecrecy(found, lineStart + m.start(), lineStart + m.end(), m.group());
                }
            }
            for (String extra : settings.extraMarkings()) {
                int i = line.indexOf(extra);
                if (!extra.isBlank() && i >= 0) {
                    addSecrecy(found, lineStart + i, lineStart + i + extra.length(), extra);
                }
            }
            lineStart += line.length() + 1;
        }
    }

    private static void addSecrecy(List<Match> found, int start, int end, String value) {
        if (free(found, start, end)) {
            found.add(new Match(Kind.SECRECY, start, end, value.strip(), value.strip()));
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
        String before = maskDigits(maskAll(text.substring(from, match.start())));
        String after = maskDigits(maskAll(text.substring(match.end(), to)));
        return ((from > 0 ? "…" : "") + before + "【" + match.masked() + "】" + after + (to < text.length() ? "…" : ""))
                .replaceAll("\\s+", " ");
    }

    private static String maskDigits(String s) {
        return Pattern.compile("\\d{7,}").matcher(s).replaceAll(r -> keep(r.group(), 2, 2));
    }

    public String maskMobile(String value) {
        String digits = value.replaceAll("[ -]", "");
        return keep(digits, settings.mobileKeepStart(), settings.mobileKeepEnd());
    }

    public String maskId(String value) {
        return keep(value, settings.idKeepStart(), settings.idKeepEnd());
    }

    public String maskCard(String value) {
        String digits = value.replaceAll("[ -]", "");
        return keep(digits, settings.cardKeepStart(), settings.cardKeepEnd());
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
