package org.gongkai.catalogue;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Catalogue settings.
 *
 * @param indexNumberPattern   索引号 pattern: {@code {creditCode}}, {@code {YYYY}}, {@code {MM}} and a run of N's in
 *                             braces for the per-unit sequence (its width), default {@code {creditCode}/{YYYY}-{NNNNN}}
 * @param attachmentMaxBytes   largest attachment accepted (default 20 MB)
 * @param publicationWorkingDays working days from the written-on date to publish (Art. 26: 20)
 * @param demoLawLimit         how many demo regulations to publish (0 = none)
 * @param guard                masks and extra secrecy markings of the personal-data guard
 */
@ConfigurationProperties("gongkai.catalogue")
public record CatalogueProperties(String indexNumberPattern, Long attachmentMaxBytes, Integer publicationWorkingDays,
        Integer demoLawLimit, Guard guard) {

    public record Guard(Integer mobileKeepStart, Integer mobileKeepEnd, Integer idKeepStart, Integer idKeepEnd,
            Integer cardKeepStart, Integer cardKeepEnd, List<String> extraMarkings) {

        public GuardSettings settings() {
            GuardSettings d = GuardSettings.DEFAULTS;
            return new GuardSettings(or(mobileKeepStart, d.mobileKeepStart()), or(mobileKeepEnd, d.mobileKeepEnd()),
                    or(idKeepStart, d.idKeepStart()), or(idKeepEnd, d.idKeepEnd()),
                    or(cardKeepStart, d.cardKeepStart()), or(cardKeepEnd, d.cardKeepEnd()), extraMarkings);
        }

        private static int or(Integer v, int d) {
            return v == null ? d : v;
        }
    }

    public CatalogueProperties {
        if (indexNumberPattern == null || indexNumberPattern.isBlank()) {
            indexNumberPattern = "{creditCode}/{YYYY}-{NNNNN}";
        }
        if (attachmentMaxBytes == null || attachmentMaxBytes <= 0) {
            attachmentMaxBytes = 20L * 1024 * 1024;
        }
        if (publicationWorkingDays == null || publicationWorkingDays <= 0) {
            publicationWorkingDays = 20;
        }
        if (demoLawLimit == null) {
            demoLawLimit = 300;
        }
        if (guard == null) {
            guard = new Guard(null, null, null, null, null, null, List.of());
        }
    }
}
