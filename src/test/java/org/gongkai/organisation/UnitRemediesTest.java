package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.organisation.UnitDirectory.LetterDetails;
import org.junit.jupiter.api.Test;

/**
 * The 行政复议机关 and 人民法院 a letter names: derived from the unit tree (a department or township → the county
 * government and the county's court; the county government → the settings), or the unit's own.
 */
class UnitRemediesTest {

    final Map<Long, Unit> units = new HashMap<>();
    final RemedySettings settings = new RemedySettings("示例市人民政府", "示例市中级人民法院", null);

    Unit unit(long id, String name, UnitType type, Long parent) {
        Unit u = new Unit(id, "code" + id, name, null, type, parent, null, null, "地址" + id, null, "电话" + id, null, null);
        units.put(id, u);
        return u;
    }

    LetterDetails resolve(Unit unit) {
        return UnitRemedies.resolve(unit, UnitLetterSettings.NONE, units, settings);
    }

    @Test
    void aDepartmentGoesToItsGovernmentAndTheCountyCourt() {
        unit(1, "示例县人民政府", UnitType.GOVERNMENT, null);
        LetterDetails d = resolve(unit(2, "示例县自然资源局", UnitType.DEPARTMENT, 1L));

        assertThat(d.reconsiderationBody()).isEqualTo("示例县人民政府");
        assertThat(d.litigationCourt()).isEqualTo("示例县人民法院");
        assertThat(d.phone()).isEqualTo("电话2");
        assertThat(d.address()).isEqualTo("地址2");
    }

    @Test
    void aTownshipAndAUnitBelowItGoToTheCountyNotTheTownship() {
        unit(1, "示例县人民政府", UnitType.GOVERNMENT, null);
        Unit township = unit(3, "示例县城关镇人民政府", UnitType.TOWNSHIP_GOVERNMENT, 1L);
        Unit station = unit(4, "城关镇农业服务中心", UnitType.SERVICE_CENTRE, 3L);

        assertThat(resolve(township).reconsiderationBody()).isEqualTo("示例县人民政府");
        assertThat(resolve(township).litigationCourt()).isEqualTo("示例县人民法院");
        assertThat(resolve(station).reconsiderationBody()).isEqualTo("示例县人民政府");
        assertThat(resolve(station).litigationCourt()).isEqualTo("示例县人民法院");
    }

    @Test
    void theCountyGovernmentGoesToTheConfiguredGovernmentAndIntermediateCourt() {
        LetterDetails d = resolve(unit(1, "示例县人民政府", UnitType.GOVERNMENT, null));

        assertThat(d.reconsiderationBody()).isEqualTo("示例市人民政府");
        assertThat(d.litigationCourt()).isEqualTo("示例市中级人民法院");
    }

    @Test
    void withoutSettingsTheWordingStaysGrammatical() {
        LetterDetails d = UnitRemedies.resolve(unit(1, "示例县人民政府", UnitType.GOVERNMENT, null),
                UnitLetterSettings.NONE, units, RemedySettings.defaults());

        assertThat(d.reconsiderationBody()).isEqualTo("上一级人民政府");
        assertThat(d.litigationCourt()).isEqualTo("有管辖权的人民法院");
    }

    @Test
    void aUnitsOwnSettingsWin() {
        unit(1, "示例县人民政府", UnitType.GOVERNMENT, null);
        Unit tax = unit(5, "示例县税务局", UnitType.DEPARTMENT, 1L);
        LetterDetails d = UnitRemedies.resolve(tax, new UnitLetterSettings("王五", "示税依复", "示例市税务局", "示例铁路运输法院"),
                units, settings);

        assertThat(d.reconsiderationBody()).isEqualTo("示例市税务局");
        assertThat(d.litigationCourt()).isEqualTo("示例铁路运输法院");
        assertThat(d.contactPerson()).isEqualTo("王五");
        assertThat(d.letterNumberPrefix()).isEqualTo("示税依复");
    }
}
