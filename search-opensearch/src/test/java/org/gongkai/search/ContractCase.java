package org.gongkai.search;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test of a JUnit Jupiter contract class, run here by reflection (this module's runner is JUnit 4, OpenSearch's):
 * {@code @BeforeEach} methods, the test (with one {@code @ValueSource} string when parameterised), {@code @AfterEach}
 * methods. Any other JUnit Jupiter annotation in the contract is refused when the cases are listed, so no test of the
 * contract is skipped here without the build saying so.
 */
record ContractCase(Method method, String argument) {

    private static final Set<Class<? extends Annotation>> UNDERSTOOD = Set.of(Test.class, ParameterizedTest.class,
            ValueSource.class, BeforeEach.class, AfterEach.class);

    /** Every test of the contract, in a stable order (by name, then argument). */
    static List<ContractCase> of(Class<?> contract) {
        refuseWhatIsNotUnderstood(contract);
        List<ContractCase> cases = new ArrayList<>();
        for (Method method : contract.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class)) {
                cases.add(new ContractCase(method, null));
            } else if (method.isAnnotationPresent(ParameterizedTest.class)) {
                ValueSource values = method.getAnnotation(ValueSource.class);
                if (values == null || values.strings().length == 0 || method.getParameterCount() != 1) {
                    throw new IllegalStateException(method + ": only @ValueSource(strings = ...) is supported here");
                }
                for (String value : values.strings()) {
                    cases.add(new ContractCase(method, value));
                }
            }
        }
        cases.sort(Comparator.comparing((ContractCase c) -> c.method.getName())
                .thenComparing(c -> c.argument == null ? "" : c.argument));
        if (cases.isEmpty()) {
            throw new IllegalStateException(contract + " has no tests");
        }
        return cases;
    }

    private static void refuseWhatIsNotUnderstood(Class<?> contract) {
        List<Annotation> annotations = new ArrayList<>(Arrays.asList(contract.getAnnotations()));
        Arrays.stream(contract.getDeclaredMethods()).forEach(m -> annotations.addAll(Arrays.asList(m.getAnnotations())));
        Arrays.stream(contract.getDeclaredFields()).forEach(f -> annotations.addAll(Arrays.asList(f.getAnnotations())));
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getPackageName().startsWith("org.junit")
                    && !UNDERSTOOD.contains(annotation.annotationType())) {
                throw new IllegalStateException(contract.getSimpleName() + " uses @"
                        + annotation.annotationType().getSimpleName() + ", which the OpenSearch run does not support");
            }
        }
    }

    /** Runs the test on {@code instance} (a fresh one per case), as Jupiter would. */
    void run(Object instance) throws Throwable {
        Class<?> contract = method.getDeclaringClass();
        invokeAll(instance, contract, BeforeEach.class);
        Throwable failure = null;
        try {
            invoke(instance, method, argument == null ? new Object[0] : new Object[] {argument});
        } catch (Throwable t) {
            failure = t;
        }
        try {
            invokeAll(instance, contract, AfterEach.class);
        } catch (Throwable t) {
            if (failure == null) {
                failure = t;
            } else {
                failure.addSuppressed(t);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void invokeAll(Object instance, Class<?> contract, Class<? extends Annotation> kind)
            throws Throwable {
        for (Method m : contract.getDeclaredMethods()) {
            if (m.isAnnotationPresent(kind)) {
                invoke(instance, m);
            }
        }
    }

    private static void invoke(Object instance, Method m, Object... arguments) throws Throwable {
        m.setAccessible(true);
        try {
            m.invoke(instance, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public String toString() {
        return argument == null ? method.getName() : method.getName() + "[" + argument + "]";
    }
}
