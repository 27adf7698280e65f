package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemKind;
import org.gongkai.services.ServiceLevel;
import org.gongkai.calendar.ClockUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's service hall (issue #11): a centre for the county and each township, a station with an agent in
 * every village (the demo agent's own), the agent and director accounts, and about 60 items across the three levels,
 * among them 即办件 and items counted in 自然日; a township's items are offered only at its own centre and villages.
 */
@IntegrationTest
class DemoServiceHallTest {

    @Autowired StationRepository stations;
    @Autowired ServiceItemRepository items;
    @Autowired ServiceItemCatalogue catalogue;
    @Autowired UnitDirectory units;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void everyTownshipHasACentreAndEveryVillageAStationWithAnAgent() {
        List<Station> demo = stations.active().stream().filter(s -> s.code().startsWith("990101")).toList();
        long townships = units.findAll().stream().filter(u -> "TOWNSHIP_GOVERNMENT".equals(u.type())
                && u.regionCode() != null && u.regionCode().startsWith("990101")).count();
        long villages = units.findAll().stream().filter(u -> "VILLAGE_COMMITTEE".equals(u.type())
                && u.regionCode() != null && u.regionCode().startsWith("990101")).count();
        assertThat(demo.stream().filter(s -> s.level() == ServiceLevel.COUNTY)).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("示例县政务服务中心"));
        assertThat(demo.stream().filter(s -> s.level() == ServiceLevel.TOWNSHIP).count()).isEqualTo(townships);
        assertThat(demo.stream().filter(s -> s.level() == ServiceLevel.VILLAGE).count()).isEqualTo(villages)
                .isGreaterThan(40);
        assertThat(demo).filteredOn(s -> s.level() == ServiceLevel.VILLAGE)
                .allSatisfy(s -> assertThat(s.agentName()).isNotBlank());
        assertThat(stations.findByCode("990101101000").orElseThrow().name()).isEqualTo("城关镇便民服务中心");

        var agent = staff.findByUsername("agent").orElseThrow();
        long village = agent.unitRoles().entrySet().stream().filter(e -> e.getValue().contains(Role.SERVICE_AGENT))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Station own = stations.findByCode("990101101201").orElseThrow();
        assertThat(own.unitId()).isEqualTo(village);
        assertThat(own.name()).isEqualTo("东街村便民服务站");
        assertThat(own.agentName()).isEqualTo(agent.displayName());
        assertThat(staff.findByUsername("director").orElseThrow().unitRoles().values())
                .anySatisfy(r -> assertThat(r).contains(Role.SERVICE_DIRECTOR));
    }

    @Test
    void aboutSixtyItemsAcrossTheThreeLevelsIncludingImmediateAndCalendarDayItems() {
        List<ServiceItemCatalogue.Row> rows = catalogue.search(ServiceItemCatalogue.Query.ALL, 1, 100).rows().stream()
                .filter(r -> units.findById(r.unitId()).map(u -> u.regionCode() != null).orElse(false))
                .filter(r -> r.code().startsWith("11990101") || r.code().startsWith("12990101"))
                .toList();
        assertThat(rows.size()).isBetween(55, 70);
        for (ServiceLevel level : ServiceLevel.values()) {
            assertThat(rows).anySatisfy(r -> assertThat(r.levels()).contains(level));
        }
        assertThat(rows).filteredOn(r -> r.kind() == ItemKind.IMMEDIATE).hasSizeGreaterThan(5);
        assertThat(rows).filteredOn(r -> r.statutoryLimit().unit() == ClockUnit.CALENDAR_DAYS).hasSizeGreaterThan(3);
        assertThat(rows).filteredOn(r -> r.kind() == ItemKind.PROMISED)
                .allSatisfy(r -> assertThat(r.promisedLimit().days()).isLessThanOrEqualTo(r.statutoryLimit().days()));

        // 城关镇's 宅基地 item: taken in at its own centre and villages only, decided by the township
        ServiceItem homestead = items.findByCode("1199010110010259XW01001").orElseThrow();
        assertThat(homestead.content().name()).isEqualTo("农村宅基地和村民住宅建设审批");
        assertThat(homestead.content().offerings()).allSatisfy(o -> assertThat(o.stationId()).isNotNull())
                .extracting(o -> stationCode(o.stationId()))
                .containsExactlyInAnyOrder("990101101000", "990101101201", "990101101202");
        // a county item offered at every township centre: the township accepts, the county decides
        ServiceItem minimum = items.findByCode(DemoServiceHall.FIRST_ITEM).orElseThrow();
        assertThat(minimum.content().levels()).containsExactly(ServiceLevel.COUNTY, ServiceLevel.TOWNSHIP,
                ServiceLevel.VILLAGE);
        assertThat(units.findById(minimum.content().unitId()).orElseThrow().name()).isEqualTo("示例县民政局");
    }

    private String stationCode(long id) {
        return jdbc.sql("SELECT code FROM services_station WHERE id = ?").param(id).query(String.class).single();
    }
}
