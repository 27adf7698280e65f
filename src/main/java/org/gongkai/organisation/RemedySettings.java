package org.gongkai.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where an applicant may seek remedies against a unit's decision, for the units whose answer cannot be derived
 * from the unit tree (#10). A department's or township's 行政复议机关 is the nearest government above it (本级 or
 * 县 人民政府, 行政复议法 2023 Art. 24) and its court the basic court of that government's area (its name with
 * 人民政府 replaced by 人民法院); the top government's are these settings: the government one level up and, for a
 * lawsuit against a county-level government, the intermediate court (行政诉讼法 Art. 15). A unit can override
 * both on its form.
 *
 * @param superiorGovernment the government one level above the top government, e.g. 示例市人民政府
 * @param intermediateCourt  the intermediate court for lawsuits against a county-level government
 * @param basicCourt         the basic court when it cannot be derived from the government's name (blank = derived)
 */
@ConfigurationProperties("gongkai.organisation.remedies")
public record RemedySettings(String superiorGovernment, String intermediateCourt, String basicCourt) {

    /** Grammatical, if unspecific, when nothing is configured. */
    static final String GENERIC_GOVERNMENT = "上一级人民政府";
    static final String GENERIC_COURT = "有管辖权的人民法院";

    public RemedySettings {
        superiorGovernment = blank(superiorGovernment) ? GENERIC_GOVERNMENT : superiorGovernment.trim();
        intermediateCourt = blank(intermediateCourt) ? GENERIC_COURT : intermediateCourt.trim();
        basicCourt = blank(basicCourt) ? null : basicCourt.trim();
    }

    public static RemedySettings defaults() {
        return new RemedySettings(null, null, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
