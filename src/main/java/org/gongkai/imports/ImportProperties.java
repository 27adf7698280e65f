package org.gongkai.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Import settings.
 *
 * @param idempotencyTtl how long an import's idempotency key is remembered (default 7 days): a retry with the
 *                       same key within this time returns the first result without writing again
 */
@ConfigurationProperties("gongkai.imports")
public record ImportProperties(Duration idempotencyTtl) {

    public ImportProperties {
        if (idempotencyTtl == null || idempotencyTtl.isNegative() || idempotencyTtl.isZero()) {
            idempotencyTtl = Duration.ofDays(7);
        }
    }
}
