package org.gongkai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application over a real database: H2 by default, PostgreSQL when the build runs
 * the {@code postgresql-tests} profile. Tagged {@code integration} so that tier can run alone
 * ({@code ./mvnw test -Dgroups=integration}). Time is the {@link TestClock} (2026-06-15 10:00, Asia/Shanghai),
 * never the day the tests run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("integration")
public @interface IntegrationTest {}
