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
 * @param interpretation       which genres need a policy interpretation (政策解读) and within how many working days
 */
@ConfigurationProperties("gongkai.catalogue")
public record CatalogueProperties(String indexNumberPattern, Long attachmentMaxBytes, Integer publicationWorkingDays,
        Integer demoLawLimit, Guard guard, Interpretation interpretation) {

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

    /**
     * 政策解读: a published document of one of {@code genres} (体裁) needs an interpretation published within {@code
     * workingDays} working days of its own publication (default 3, at most 60).
     */
    public record Interpretation(List<String> genres, Integer workingDays) {

        public static final List<String> DEFAULT_GENRES = List.of("条例", "规定", "办法", "细则", "意见", "决定", "规划",
                "方案");

        public Interpretation {
            genres = genres == null || genres.isEmpty() ? DEFAULT_GENRES : genres.stream().map(String::strip).toList();
            for (String g : genres) {
                if (!Genres.isValid(g)) {
                    throw new IllegalArgumentException("gongkai.catalogue.interpretation.genres: unknown genre " + g);
                }
            }
            if (workingDays == null) {
                workingDays = 3;
            }
            if (workingDays < 0 || workingDays > 60) {
                throw new IllegalArgumentException("gongkai.catalogue.interpretation.working-days must be 0-60");
            }
        }

        public boolean needs(String genre) {
            return genre != null && genres.contains(genre.strip());
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
        if (interpretation == null) {
            interpretation = new Interpretation(null, null);
        }
    }
}
