package org.gongkai.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Password complexity (RULES §8): a minimum length and a minimum number of the four character classes.
 * Reuse of recent passwords is checked by {@link IdentityService} against the stored history.
 */
@Component
class PasswordPolicy {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String SYMBOL = "!@#$%^&*-_=+?";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int minLength;
    private final int minClasses;

    @Autowired
    PasswordPolicy(IdentityProperties properties) {
        this(properties.passwordMinLength(), properties.passwordMinClasses());
    }

    PasswordPolicy(int minLength, int minClasses) {
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    /** Chinese reasons why {@code candidate} is refused; empty when it is acceptable. */
    List<String> violations(String candidate) {
        List<String> reasons = new ArrayList<>();
        if (candidate == null || candidate.length() < minLength) {
            reasons.add("密码长度至少为 " + minLength + " 位");
        }
        if (classes(candidate == null ? "" : candidate) < minClasses) {
            reasons.add("密码须包含大写字母、小写字母、数字、符号中的至少 " + minClasses + " 类");
        }
        if (candidate != null && candidate.chars().anyMatch(Character::isWhitespace)) {
            reasons.add("密码不能包含空格");
        }
        return reasons;
    }

    static int classes(String s) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : s.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /** A random 16-character password with all four classes (demo accounts, generated resets). */
    static String randomStrongPassword() {
        List<Character> chars = new ArrayList<>();
        String all = UPPER + LOWER + DIGIT + SYMBOL;
        for (String set : List.of(UPPER, LOWER, DIGIT, SYMBOL)) {
            chars.add(set.charAt(RANDOM.nextInt(set.length())));
        }
        while (chars.size() < 16) {
            chars.add(all.charAt(RANDOM.nextInt(all.length())));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder sb = new StringBuilder();
        chars.forEach(sb::append);
        return sb.toString();
    }
}
