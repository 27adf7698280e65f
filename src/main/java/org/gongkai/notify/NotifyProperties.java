package org.gongkai.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notify ({@code gongkai.notify.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from         the sender address of every e-mail, e.g. {@code 政务公开 <gongkai@example.gov.cn>}
 * @param maxAttempts  attempts per message before it is marked FAILED (audited)
 * @param firstRetry   delay before the second attempt; doubles with each further attempt, capped at 6 hours
 * @param batchSize    messages the sender takes per run
 * @param smsEnabled   whether applicants who gave a mobile number get SMS too (through the {@link SmsSender} port)
 */
@ConfigurationProperties("gongkai.notify")
public record NotifyProperties(String from, Integer maxAttempts, Duration firstRetry, Integer batchSize,
        Boolean smsEnabled) {

    public NotifyProperties {
        if (from == null || from.isBlank()) {
            from = "noreply@localhost";
        }
        if (maxAttempts == null || maxAttempts < 1) {
            maxAttempts = 8;
        }
        if (firstRetry == null || firstRetry.isNegative()) {
            firstRetry = Duration.ofMinutes(1);
        }
        if (batchSize == null || batchSize < 1) {
            batchSize = 50;
        }
        if (smsEnabled == null) {
            smsEnabled = false;
        }
    }

    /** When to try again after {@code attempts} failed attempts. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 16);
        Duration next = firstRetry.multipliedBy(factor);
        return next.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : next;
    }
}
