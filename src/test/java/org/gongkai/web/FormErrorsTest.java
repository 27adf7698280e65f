package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class FormErrorsTest {

    public static class UnitForm {
        private String creditCode = "91330000XXXXXXXXXX";

        public String getCreditCode() {
            return creditCode;
        }
    }

    record StaffForm(String username) {}

    @Test
    void refusalWithAFieldIsShownAtThatFieldKeepingWhatWasTyped() {
        BindingResult result = new BeanPropertyBindingResult(new UnitForm(), "unit");

        FormErrors.reject(result, GongkaiException.invalid("creditCode", "统一社会信用代码校验位不正确"));

        assertThat(result.getFieldError("creditCode").getDefaultMessage()).isEqualTo("统一社会信用代码校验位不正确");
        assertThat(result.getFieldValue("creditCode")).isEqualTo("91330000XXXXXXXXXX");
        assertThat(result.getFieldError("creditCode").getCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void worksForRecordForms() {
        BindingResult result = new BeanPropertyBindingResult(new StaffForm("zhangsan"), "staff");

        FormErrors.reject(result, new GongkaiException(ErrorCode.DUPLICATE, "用户名已被使用", "username"));

        assertThat(result.getFieldError("username").getDefaultMessage()).isEqualTo("用户名已被使用");
        assertThat(result.getFieldValue("username")).isEqualTo("zhangsan");
    }

    @Test
    void refusalWithoutAKnownFieldBecomesAFormLevelError() {
        BindingResult result = new BeanPropertyBindingResult(new UnitForm(), "unit");

        FormErrors.reject(result, new GongkaiException(ErrorCode.CONFLICT));
        FormErrors.reject(result, GongkaiException.invalid("noSuchField", "某项有误"));

        assertThat(result.getFieldErrors()).isEmpty();
        assertThat(result.getGlobalErrors()).extracting(e -> e.getDefaultMessage())
                .containsExactly(ErrorCode.CONFLICT.message(), "某项有误");
    }
}
