package org.gongkai.services.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo county's year of service cases ({@code gongkai.services.demo-year.*}, demo mode only).
 *
 * @param cases how many cases the year has (3,000: about 12 a working day; 0 = none, as in most test contexts)
 * @param seed  the generator's seed (the same seed, items and day give the same year)
 */
@ConfigurationProperties("gongkai.services.demo-year")
public record DemoYearSettings(@DefaultValue("3000") int cases, @DefaultValue("20261202") long seed) {

    public DemoYearSettings {
        if (cases < 0 || cases > 100_000) {
            throw new IllegalArgumentException("gongkai.services.demo-year.cases must be 0..100000");
        }
    }
}
