package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Issue #8, class 3: a limit declared with Bean Validation ({@code @Size(max = 200)}) holds only where it is
 * enforced. Every handler parameter that Spring binds from the request into an object — {@code @RequestBody},
 * {@code @ModelAttribute}, or an application type without annotation (an implicit model attribute) — whose type
 * carries constraints must be {@code @Valid}/{@code @Validated}; a nested object with constraints must be
 * cascaded ({@code @Valid} on the member); and a page form must be followed by its {@code BindingResult}, so a
 * refusal re-shows the form with the message at its field instead of an error page.
 */
class BoundInputsAreValidatedTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void everyBoundObjectWithConstraintsIsValidated() {
        List<String> problems = new ArrayList<>();
        int bound = 0;
        for (JavaClass javaClass : CLASSES) {
            Class<?> type = javaClass.reflect();
            if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                boolean page = !AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                        && !AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class);
                Parameter[] parameters = method.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    Parameter p = parameters[i];
                    if (!isBoundObject(p)) {
                        continue;
                    }
                    bound++;
                    String where = type.getSimpleName() + "." + method.getName() + "(" + p.getType().getSimpleName() + ")";
                    List<String> constrained = new ArrayList<>();
                    List<String> notCascaded = new ArrayList<>();
                    inspect(p.getType(), p.getType().getSimpleName(), new HashSet<>(), constrained, notCascaded);
                    if (!constrained.isEmpty() && !validated(p)) {
                        problems.add(where + " is bound without @Valid, but declares " + constrained);
                    }
                    notCascaded.forEach(member -> problems.add(where + ": " + member));
                    boolean hasBindingResult = i + 1 < parameters.length
                            && Errors.class.isAssignableFrom(parameters[i + 1].getType());
                    if (page && validated(p) && !p.isAnnotationPresent(RequestBody.class) && !hasBindingResult) {
                        problems.add(where + " is a page form without a BindingResult after it: a refusal would "
                                + "show the error page instead of the form with the message at its field");
                    }
                }
            }
        }
        assertThat(bound).as("bound objects found (the scan works)").isGreaterThan(15);
        assertThat(problems).as("bound inputs whose declared limits would not be enforced").isEmpty();
    }

    /** {@code @RequestBody}, {@code @ModelAttribute}, or an application type with no binding annotation. */
    static boolean isBoundObject(Parameter p) {
        if (p.isAnnotationPresent(RequestBody.class) || p.isAnnotationPresent(ModelAttribute.class)) {
            return true;
        }
        boolean annotated = p.getAnnotations().length > 0
                && java.util.Arrays.stream(p.getAnnotations()).anyMatch(a -> a.annotationType().getPackageName()
                        .startsWith("org.springframework.web.bind.annotation"));
        return !annotated && p.getType().getName().startsWith("org.gongkai.") && !p.getType().isEnum()
                && !p.getType().isInterface();
    }

    static boolean validated(AnnotatedElement e) {
        return e.isAnnotationPresent(Valid.class) || AnnotatedElementUtils.hasAnnotation(e, Validated.class);
    }

    /**
     * Collects the constrained members of {@code type} (with their path) and the members whose type has
     * constraints of its own but is not cascaded with {@code @Valid}.
     */
    static void inspect(Class<?> type, String path, Set<Class<?>> seen, List<String> constrained, List<String> notCascaded) {
        if (!seen.add(type) || !type.getName().startsWith("org.gongkai.")) {
            return;
        }
        for (Member m : members(type)) {
            String at = path + "." + m.name();
            if (m.elements().stream().anyMatch(BoundInputsAreValidatedTest::hasConstraint) || hasConstraint(m.annotatedType())) {
                constrained.add(at);
            }
            for (Class<?> nested : applicationTypes(m.genericType())) {
                List<String> inner = new ArrayList<>();
                inspect(nested, at, new HashSet<>(seen), inner, notCascaded); // seen: the path, against cycles
                if (!inner.isEmpty()) {
                    constrained.addAll(inner);
                    boolean cascaded = m.elements().stream().anyMatch(e -> e.isAnnotationPresent(Valid.class))
                            || m.annotatedType().isAnnotationPresent(Valid.class) || cascadedElement(m.annotatedType());
                    if (!cascaded) {
                        notCascaded.add(at + " (" + nested.getSimpleName() + ") declares " + inner
                                + " but is not cascaded: add @Valid to the member");
                    }
                }
            }
        }
    }

    /** A property with every element its annotations may sit on (record component, accessor, field). */
    record Member(String name, List<AnnotatedElement> elements, Type genericType, AnnotatedType annotatedType) {}

    static List<Member> members(Class<?> type) {
        List<Member> out = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                List<AnnotatedElement> elements = new ArrayList<>(List.of(c, c.getAccessor()));
                try {
                    elements.add(type.getDeclaredField(c.getName()));
                } catch (NoSuchFieldException impossible) {
                    // every record component has its field
                }
                out.add(new Member(c.getName(), elements, c.getGenericType(), c.getAnnotatedType()));
            }
            return out;
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    out.add(new Member(f.getName(), List.of(f), f.getGenericType(), f.getAnnotatedType()));
                }
            }
        }
        return out;
    }

    static boolean hasConstraint(AnnotatedElement e) {
        if (e == null) {
            return false;
        }
        for (Annotation a : e.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                return true;
            }
        }
        if (e instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                if (hasConstraint(arg)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean cascadedElement(AnnotatedType t) {
        if (t instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
                if (arg.isAnnotationPresent(Valid.class) || cascadedElement(arg)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The application's own types a member holds: itself, or the elements of a collection, map or array. */
    static List<Class<?>> applicationTypes(Type t) {
        List<Class<?>> out = new ArrayList<>();
        if (t instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith("org.gongkai.") && !element.isEnum()) {
                out.add(element);
            }
        } else if (t instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                out.addAll(applicationTypes(arg));
            }
        }
        return out;
    }
}
