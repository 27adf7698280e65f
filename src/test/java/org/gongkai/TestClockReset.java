package org.gongkai;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the {@link TestClock} of a test's application context back to {@link TestClock#START} before and
 * after every test method, so a test that moved it cannot change the date another test sees (contexts are
 * cached and shared). Registered in {@code META-INF/spring.factories}.
 */
public class TestClockReset implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        reset(testContext);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        reset(testContext);
    }

    private static void reset(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        }
    }

    @Override
    public int getOrder() {
        return 5000;
    }
}
