package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoCountyLoaderTest {

    @Autowired
    RegionRepository regions;
    @Autowired
    UnitDirectory units;
    @Autowired
    StaffDirectory staff;

    @Test
    void loadsSeventeenTownshipsWithVillages() {
        var all = regions.findAll();
        var townships = all.stream().filter(r -> r.level() == RegionLevel.TOWNSHIP && r.code().startsWith("990101")).toList();
        assertThat(townships).hasSize(17);
        for (Region township : townships) {
            long villages = all.stream().filter(r -> township.id().equals(r.parentId())).count();
            assertThat(villages).isBetween(2L, 4L);
        }
        assertThat(units.findAll().stream().filter(u -> u.type().equals("TOWNSHIP_GOVERNMENT"))).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void loadsAtLeastThirtyDepartmentsWithOfficeDetails() {
        var government = units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow();
        var departments = units.findAll().stream()
                .filter(u -> Long.valueOf(government.id()).equals(u.parentId()))
                .filter(u -> u.type().equals("DEPARTMENT") || u.type().equals("SERVICE_CENTRE"))
                .filter(u -> u.regionCode() != null) // the demo's own: other tests add bare departments to the county
                .toList();
        assertThat(departments).hasSizeGreaterThanOrEqualTo(30);
        assertThat(departments).allSatisfy(d -> {
            assertThat(d.officeAddress()).isNotBlank();
            assertThat(d.officeHours()).isNotBlank();
            assertThat(d.officePhone()).isNotBlank();
        });
        assertThat(departments).extracting(UnitDirectory.UnitView::name)
                .contains("示例县财政局", "示例县政务服务中心", "示例县12345热线中心", "示例县人民政府办公室");
    }

    @Test
    void createsOneAccountHolderPerRole() {
        var holders = staff.findAll().stream()
                .filter(s -> Set.of("sysadmin", "secadmin", "auditadmin", "editor", "reviewer", "leader", "requestofficer",
                        "serviceofficer", "hotlineofficer", "supervisor", "agent", "director", "open311client",
                        "trading", "expertadmin", "officehead", "archives")
                        .contains(s.username()))
                .toList();
        assertThat(holders).hasSize(17);
        Set<Role> covered = holders.stream().flatMap(s -> s.unitRoles().values().stream()).flatMap(Set::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(covered).containsExactlyInAnyOrder(Role.values());
        var editor = staff.findByUsername("editor").orElseThrow();
        assertThat(editor.unitRoles()).hasSize(2);
        assertThat(editor.unitRoles().values()).allSatisfy(r -> assertThat(r).containsExactly(Role.EDITOR));
        // the 12345 hotline's unit handler (#12): the hotline officer role in a department, not at the centre
        var handler = staff.findByUsername("hotlinehandler").orElseThrow();
        assertThat(handler.unitRoles()).hasSize(1);
        assertThat(handler.unitRoles().values()).allSatisfy(r -> assertThat(r).containsExactly(Role.HOTLINE_OFFICER));
        var sysadmin = staff.findByUsername("SysAdmin").orElseThrow();
        assertThat(sysadmin.active()).isTrue();
    }
}
