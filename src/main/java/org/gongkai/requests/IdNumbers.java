package org.gongkai.requests;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The citizen ID number (公民身份号码, GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {}

    /** Why the number is invalid (Chinese), or empty when valid. */
    static Optional<String> problem(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of("请填写身份证号码");
        }
        if (!id.matches("\\d{17}[0-9X]")) {
            return Optional.of("身份证号码应为18位，前17位为数字，最后一位为数字或X");
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("身份证号码中的出生日期不正确");
        }
        if (checkCharacter(id.substring(0, 17)) != id.charAt(17)) {
            return Optional.of("身份证号码校验位不正确，请核对");
        }
        return Optional.empty();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
