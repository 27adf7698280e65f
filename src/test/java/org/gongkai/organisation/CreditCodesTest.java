package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class CreditCodesTest {

    @Test
    void acceptsCodesWithCorrectCheckCharacter() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("91330000MA27U0L34P")).isTrue();
    }

    @Test
    void computesCheckCharacterZeroWhenTheRemainderIsZero() {
        assertThat(CreditCodes.checkCharacter("11990101000000039")).isEqualTo('0');
        assertThat(CreditCodes.isValid("119901010000000390")).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.problem("91350100M000100Y44")).contains("统一社会信用代码校验位不正确，请核对");
    }

    @Test
    void rejectsWrongLengthAndForbiddenCharacters() {
        assertThat(CreditCodes.problem("91350100M000100Y4")).contains("统一社会信用代码应为18位");
        assertThat(CreditCodes.isValid("91350100I000100Y43")).isFalse();
        assertThat(CreditCodes.isValid("91350100m000100Y43")).isFalse();
        assertThat(CreditCodes.isValid(null)).isFalse();
    }

    @Test
    void everyDemoUnitHasAValidCode() throws Exception {
        try (var in = getClass().getResourceAsStream("/organisation/demo/units.csv")) {
            var rows = Tables.csv(in.readAllBytes());
            assertThat(rows).hasSizeGreaterThan(50);
            rows.subList(1, rows.size()).forEach(r -> assertThat(CreditCodes.problem(r.get(0))).as(r.get(0)).isEmpty());
        }
    }

    record Form(@CreditCode String code) {}

    @Test
    void beanValidationConstraintReportsTheProblemInChinese() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(new Form("91350100M000100Y43"))).isEmpty();
        assertThat(validator.validate(new Form(""))).isEmpty();
        var violations = validator.validate(new Form("91350100M000100Y44"));
        assertThat(violations).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).isEqualTo("统一社会信用代码校验位不正确，请核对"));
    }
}
