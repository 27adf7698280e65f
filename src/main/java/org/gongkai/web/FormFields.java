package org.gongkai.web;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What the form fragments ({@code templates/layout/form.html}) read about a field, as the bean
 * {@code formFields}. A field's limits are declared once, with Bean Validation on the form class
 * ({@code @Size(max = 200)}, {@code @NotBlank}); {@link #limit} reads that declaration so the page shows
 * the same {@code maxlength} and {@code required} that the server enforces (decision 008).
 */
@Component("formFields")
public class FormFields {

    /**
     * A field's declared limits: the maximum length (null: none declared), whether it is required, and the
     * least and greatest number ({@code @Min}, {@code @Max}; null: none).
     */
    public record Limit(Integer max, boolean required, Long least, Long most) {
        public static final Limit NONE = new Limit(null, false, null, null);
    }

    /** One choice of a select. */
    public record Option(String value, String label) {}

    private final Validator validator;
    private final Map<String, Limit> cache = new ConcurrentHashMap<>();

    FormFields(Validator validator) {
        this.validator = validator;
    }

    /** The limits declared on property {@code path} ({@code name}, {@code applicant.name}) of the form's class. */
    public Limit limit(Object form, String path) {
        if (form == null || path == null) {
            return Limit.NONE;
        }
        Class<?> type = ClassUtils.getUserClass(form);
        return cache.computeIfAbsent(type.getName() + "#" + path, key -> read(type, path));
    }

    /**
     * The limits of property {@code path} of a form class named by a page that binds no form object
     * (sign-in, search): {@code limitOf('org.gongkai.identity.web.IdentityForms$SignIn', 'username')}.
     * Only the application's own classes are looked up; an unknown name declares no limits.
     */
    public Limit limitOf(String className, String path) {
        if (className == null || path == null || !className.startsWith("org.gongkai.")) {
            return Limit.NONE;
        }
        return cache.computeIfAbsent(className + "#" + path, key -> {
            try {
                return read(ClassUtils.forName(className, FormFields.class.getClassLoader()), path);
            } catch (ClassNotFoundException | LinkageError unknown) {
                return Limit.NONE;
            }
        });
    }

    private Limit read(Class<?> type, String path) {
        Class<?> current = type;
        String[] steps = path.replaceAll("\\[[^]]*]", "").split("\\.");
        PropertyDescriptor property = null;
        for (int i = 0; i < steps.length; i++) {
            BeanDescriptor bean = validator.getConstraintsForClass(current);
            property = bean.getConstraintsForProperty(steps[i]);
            if (i < steps.length - 1) {
                current = propertyType(current, steps[i]);
                if (current == null) {
                    return Limit.NONE;
                }
            }
        }
        if (property == null) {
            return Limit.NONE;
        }
        Integer max = null;
        boolean required = false;
        Long least = null;
        Long most = null;
        for (ConstraintDescriptor<?> c : property.getConstraintDescriptors()) {
            String name = c.getAnnotation().annotationType().getSimpleName();
            switch (name) {
                case "Size", "Length" -> {
                    Object value = c.getAttributes().get("max");
                    if (value instanceof Integer m && m < Integer.MAX_VALUE) {
                        max = max == null ? m : Math.min(max, m);
                    }
                }
                case "NotBlank", "NotNull", "NotEmpty" -> required = true;
                case "Min", "PositiveOrZero", "Positive" -> least = name.equals("Min")
                        ? (Long) c.getAttributes().get("value") : name.equals("Positive") ? 1L : 0L;
                case "Max" -> most = (Long) c.getAttributes().get("value");
                default -> { }
            }
        }
        return new Limit(max, required, least, most);
    }

    private static Class<?> propertyType(Class<?> type, String name) {
        for (String candidate : new String[] {name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)}) {
            try {
                Method m = type.getMethod(candidate);
                return m.getReturnType();
            } catch (NoSuchMethodException next) {
                // try the bean getter
            }
        }
        return null;
    }

    /** The element id of a field: its path with anything but letters, digits, {@code -} and {@code _} as {@code -}. */
    public String id(String path) {
        return path == null ? null : path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** {@code aria-describedby}: the ids that exist, space-separated, or null when there is none. */
    public String describedBy(String... ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                out.append(out.isEmpty() ? "" : " ").append(id);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /**
     * The choices of a select: from enum constants or any objects (a collection or an array). The value is
     * {@code valueProperty} of each item (default: the constant's name, or the item itself), the label its
     * {@code labelProperty} (default {@code label()}, else the value), followed by "（detail）" when
     * {@code detailProperty} is given. Null items give no choices.
     */
    public List<Option> options(Object items, String valueProperty, String labelProperty, String detailProperty) {
        List<Option> out = new ArrayList<>();
        Collection<?> all = items instanceof Collection<?> c ? c
                : items instanceof Object[] array ? List.of(array)
                : items == null ? List.of() : List.of(items);
        for (Object item : all) {
            String value = valueProperty != null ? text(call(item, valueProperty))
                    : item instanceof Enum<?> e ? e.name() : text(item);
            Object label = labelProperty == null ? call(item, "label") : label(item, labelProperty);
            String text = label == null ? value : text(label);
            if (detailProperty != null) {
                text = text + "（" + text(call(item, detailProperty)) + "）";
            }
            out.add(new Option(value, text));
        }
        return out;
    }

    /** One accessor, or several joined by "+" ({@code basis+label}) shown separated by a space. */
    private static Object label(Object item, String labelProperty) {
        if (!labelProperty.contains("+")) {
            return call(item, labelProperty);
        }
        StringBuilder out = new StringBuilder();
        for (String part : labelProperty.split("\\+")) {
            out.append(out.isEmpty() ? "" : " ").append(text(call(item, part.strip())));
        }
        return out.toString();
    }

    private static Object call(Object item, String property) {
        if (item == null) {
            return null;
        }
        if (item instanceof Map<?, ?> map) {
            return map.get(property);
        }
        for (String name : new String[] {property, "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1)}) {
            try {
                Method m = item.getClass().getMethod(name);
                m.setAccessible(true);
                return m.invoke(item);
            } catch (NoSuchMethodException next) {
                // try the bean getter
            } catch (ReflectiveOperationException | RuntimeException inaccessible) {
                return null;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
