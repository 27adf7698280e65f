package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.IntegrationTest;
import org.gongkai.TestClock;
import org.gongkai.audit.AuditLog;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What search caches in memory is seen by every instance soon after it changes elsewhere: synonym groups added through
 * another instance (a second {@link Synonyms} on the same database) within {@link Synonyms#RELOAD_AFTER}, a unit's new
 * name within {@link SearchService#UNIT_NAMES_FOR}.
 */
@IntegrationTest
class SearchSettingsAcrossInstancesTest {

    @Autowired
    Synonyms synonyms;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestClock clock;

    @Autowired
    UnitDirectory units;

    @Test
    void aSynonymAddedThroughAnotherInstanceIsUsedHereWithinSeconds() {
        synonyms.groups(); // cached now
        Synonyms otherInstance = new Synonyms(jdbc, auditLog, clock);
        String a = SearchWebTest.randomHan(3);
        String b = SearchWebTest.randomHan(3);
        otherInstance.add(a + "," + b);
        clock.advance(Synonyms.RELOAD_AFTER);
        assertThat(synonyms.termGroups()).contains(java.util.List.of(a, b));
    }

    @Test
    void aRenamedUnitIsNamedAnewInFacetsWithinAMinute() {
        UnitDirectory.UnitView unit = units.findAll().get(2);
        assertThat(search.unitName(unit.creditCode())).isEqualTo(unit.name());
        String renamed = unit.name() + "（更名测试）";
        jdbc.sql("UPDATE org_unit SET name = ? WHERE id = ?").params(renamed, unit.id()).update(); // as another instance
        try {
            clock.advance(SearchService.UNIT_NAMES_FOR);
            assertThat(search.unitName(unit.creditCode())).isEqualTo(renamed);
        } finally {
            jdbc.sql("UPDATE org_unit SET name = ? WHERE id = ?").params(unit.name(), unit.id()).update();
        }
    }
}
