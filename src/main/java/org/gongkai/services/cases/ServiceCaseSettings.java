package org.gongkai.services.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices for service cases ({@code gongkai.services.cases.*}).
 *
 * @param yellowWorkingDays the light turns yellow (and the officers are reminded) when at most this many working days
 *                          are left before the due date (2, issue #11)
 */
@ConfigurationProperties("gongkai.services.cases")
public record ServiceCaseSettings(@DefaultValue("2") int yellowWorkingDays) {

    public ServiceCaseSettings {
        if (yellowWorkingDays < 0 || yellowWorkingDays > 30) {
            throw new IllegalArgumentException("gongkai.services.cases.yellow-working-days must be 0..30");
        }
    }
}
