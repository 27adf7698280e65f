package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A retention period shorter than six months stops the application from starting. */
class AuditRetentionSettingTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AuditProperties.class)
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void refusesToStartWithRetentionBelow185Days() {
        runner.withPropertyValues("gongkai.audit.retention-days=90").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 185");
        });
    }

    @Test
    void defaultsTo185DaysAndAcceptsLonger() {
        runner.run(context -> assertThat(context.getBean(AuditProperties.class).retentionDays()).isEqualTo(185));
        runner.withPropertyValues("gongkai.audit.retention-days=365")
                .run(context -> assertThat(context.getBean(AuditProperties.class).retentionDays()).isEqualTo(365));
    }
}
