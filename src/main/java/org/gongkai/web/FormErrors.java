package org.gongkai.web;

import java.lang.reflect.RecordComponent;
import org.gongkai.common.GongkaiException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Shows a {@link GongkaiException} on a form: at its field when the form has that field (so
 * {@code th:errors} renders it next to the input and the form keeps what the user typed), otherwise as
 * a form-level error ({@code #fields.hasGlobalErrors()}).
 *
 * <pre>{@code
 * try { service.create(form); } catch (GongkaiException e) {
 *     FormErrors.reject(result, e);
 *     return "organisation/unit-form";
 * }
 * }</pre>
 */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult result, GongkaiException e) {
        String code = e.code().name();
        String field = e.field();
        if (field != null && !field.isBlank()) {
            Readable value = read(result, field);
            if (value.readable()) {
                result.addError(new FieldError(result.getObjectName(), field, value.value(), false,
                        new String[] {code}, null, e.getMessage()));
                return;
            }
        }
        result.addError(new ObjectError(result.getObjectName(), new String[] {code}, null, e.getMessage()));
    }

    private record Readable(boolean readable, Object value) {}

    private static Readable read(BindingResult result, String field) {
        try {
            return new Readable(true, result.getRawFieldValue(field));
        } catch (NotReadablePropertyException notAJavaBean) {
            Object target = result.getTarget();
            if (target != null && target.getClass().isRecord()) {
                for (RecordComponent component : target.getClass().getRecordComponents()) {
                    if (component.getName().equals(field)) {
                        try {
                            component.getAccessor().setAccessible(true);
                            return new Readable(true, component.getAccessor().invoke(target));
                        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                            return new Readable(true, null);
                        }
                    }
                }
            }
            return new Readable(false, null);
        }
    }
}
