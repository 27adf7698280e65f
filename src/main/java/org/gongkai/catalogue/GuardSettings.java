package org.gongkai.catalogue;

import java.util.List;

/**
 * Settings of the personal-data and secrecy guard (RULES §4): how much of each kind of number a mask keeps,
 * and extra secrecy notes that stop publication. Defaults: mobile {@code 138****1234}, ID number first 2 and
 * last 3, bank card first 4 and last 4.
 */
public record GuardSettings(int mobileKeepStart, int mobileKeepEnd, int idKeepStart, int idKeepEnd,
        int cardKeepStart, int cardKeepEnd, List<String> extraMarkings) {

    public static final GuardSettings DEFAULTS = new GuardSettings(3, 4, 2, 3, 4, 4, List.of());

    public GuardSettings {
        extraMarkings = extraMarkings == null ? List.of() : List.copyOf(extraMarkings);
    }
}
