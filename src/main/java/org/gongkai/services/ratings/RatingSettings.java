package org.gongkai.services.ratings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local deadlines of 好差评 ({@code gongkai.services.ratings.*}), defaults from RULES §5.
 *
 * @param respondWorkingDays verify and respond to a bad rating within this many working days of the rating (5)
 * @param rectifyWorkingDays rectify within this many working days of the rating (15)
 * @param lookupsPerMinute   public rating attempts per source address and minute (guessing query codes is slowed)
 */
@ConfigurationProperties("gongkai.services.ratings")
public record RatingSettings(@DefaultValue("5") int respondWorkingDays, @DefaultValue("15") int rectifyWorkingDays,
        @DefaultValue("20") int lookupsPerMinute) {

    public static RatingSettings defaults() {
        return new RatingSettings(5, 15, 20);
    }
}
