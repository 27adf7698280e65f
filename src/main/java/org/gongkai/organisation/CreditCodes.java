package org.gongkai.organisation;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the last one is a check character computed from
 * the first 17 with fixed weights modulo 31.
 */
public final class CreditCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private CreditCodes() {}

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** Why a code is invalid (a Chinese message for the user), or empty when it is valid. */
    public static Optional<String> problem(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("请填写统一社会信用代码");
        }
        if (code.length() != LENGTH) {
            return Optional.of("统一社会信用代码应为18位");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第" + (i + 1) + "位不是有效字符（只能是数字和大写字母，不含I、O、S、V、Z）");
            }
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return Optional.of("统一社会信用代码校验位不正确，请核对");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Completes 17 characters with their check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
