package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.gongkai.IntegrationTest;
import org.gongkai.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failed-sign-in budget per source address is kept in the database: two {@link LoginFailureBudget}s on one
 * database (two instances) count the same failures, and the window passes for both.
 */
@IntegrationTest
class SourceBudgetAcrossInstancesTest {

    @Autowired
    IdentityProperties properties;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private LoginFailureBudget instance(String namespace, Clock clock) {
        return new LoginFailureBudget(properties, clock, jdbc, dataSource, namespace);
    }

    @Test
    void failuresThroughOneInstanceUseUpTheBudgetOnTheOther() {
        String namespace = "budget-" + UUID.randomUUID();
        LoginFailureBudget a = instance(namespace, clock);
        LoginFailureBudget b = instance(namespace, clock);
        String source = "192.0.2.77";
        for (int i = 0; i < properties.sourceFailureLimit() - 1; i++) {
            (i % 2 == 0 ? a : b).failed(source);
        }
        assertThat(b.exhausted(source)).isFalse();
        a.failed(source);
        assertThat(b.exhausted(source)).as("the limit reached through both").isTrue();
        assertThat(a.exhausted("192.0.2.78")).as("another address").isFalse();
        assertThat(instance("other-" + namespace, clock).exhausted(source)).as("another deployment's keys").isFalse();

        clock.advance(properties.sourceFailureWindow());
        assertThat(a.exhausted(source)).as("the window has passed").isFalse();
        assertThat(b.exhausted(source)).isFalse();
    }
}
