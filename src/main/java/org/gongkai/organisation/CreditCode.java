package org.gongkai.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation constraint: the value is a unified social credit code with a correct GB 32100 check
 * character ({@link CreditCodes}). Null or blank passes; combine with {@code @NotBlank} when required.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCode.Validator.class)
public @interface CreditCode {

    String message() default "统一社会信用代码不正确：应为18位，且最后一位校验码正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            var problem = CreditCodes.problem(value);
            if (problem.isPresent()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
