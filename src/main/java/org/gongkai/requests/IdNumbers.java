package org.gongkai.requests;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.common.PersonalData;

/** Why a citizen ID number (公民身份号码, GB 11643-1999) typed into a form is refused, in Chinese. */
final class IdNumbers {

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
        if (!PersonalData.isValidIdNumber(id)) {
            return Optional.of("身份证号码校验位不正确，请核对");
        }
        return Optional.empty();
    }
}
