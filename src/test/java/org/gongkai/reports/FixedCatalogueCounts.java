package org.gongkai.reports;

import org.gongkai.catalogue.CatalogueStatistics;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test scaffolding for a port another module owns: until the catalogue branch implements
 * {@link CatalogueStatistics}, the report tests count from these fixed numbers (the same for every unit and year).
 */
@TestConfiguration
public class FixedCatalogueCounts {

    public static final CatalogueStatistics.NormativeCounts RULES = new CatalogueStatistics.NormativeCounts(1, 0, 3);
    public static final CatalogueStatistics.NormativeCounts NORMATIVE = new CatalogueStatistics.NormativeCounts(4, 2, 17);

    @Bean
    @Primary
    CatalogueStatistics fixedCatalogueCounts() {
        return (unitId, year, kind) -> kind == CatalogueStatistics.NormativeKind.RULE ? RULES : NORMATIVE;
    }
}
