package org.gongkai.web;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    /**
     * The errors of a form bound with {@code @Valid}, joined with the module's own checks of the same input:
     * {@code problems} (field → message, in order) take the place of Bean Validation's errors at their field (so
     * "请选择主题分类" is shown instead of the generic "请填写此项"), the other binding errors (a field too long)
     * stay. When there are problems the joined result replaces the bound one in the model, so the page shows it;
     * otherwise the bound one is returned unchanged. Use the result for {@code hasErrors()}.
     */
    public static BindingResult withProblems(BindingResult bound, Map<String, String> problems, Model model) {
        if (problems.isEmpty()) {
            return bound;
        }
        BeanPropertyBindingResult joined = new BeanPropertyBindingResult(bound.getTarget(), bound.getObjectName());
        problems.forEach((field, message) -> joined.addError(new FieldError(bound.getObjectName(), field,
                bound.getRawFieldValue(field), false, new String[] {ErrorCode.VALIDATION_FAILED.name()}, null, message)));
        bound.getFieldErrors().stream().filter(e -> !problems.containsKey(e.getField())).forEach(joined::addError);
        bound.getGlobalErrors().forEach(joined::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), joined);
        return joined;
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
