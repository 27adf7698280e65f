package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class OrganisationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UnitDirectory units;
    @Autowired
    StaffDirectory staff;

    private long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    @Test
    void systemAdministratorSeesEveryConsolePage() throws Exception {
        long gov = government();
        long editor = staff.findByUsername("editor").orElseThrow().id();
        for (String page : new String[] {"/console/organisation/regions", "/console/organisation/regions/new",
                "/console/organisation/units", "/console/organisation/units/new",
                "/console/organisation/units/" + gov + "/edit", "/console/organisation/staff",
                "/console/organisation/staff/new", "/console/organisation/staff/" + editor,
                "/console/organisation/staff/" + editor + "/edit", "/console/organisation/import",
                "/console/organisation/regions/1/edit"}) {
            mvc.perform(get(page).with(as(Role.SYSTEM_ADMIN, gov))).andExpect(status().isOk());
        }
        mvc.perform(get("/console/organisation/units").with(as(Role.SYSTEM_ADMIN, gov)))
                .andExpect(content().string(containsString("示例县城关镇东街村民委员会")));
        mvc.perform(get("/console/organisation/staff").with(as(Role.SYSTEM_ADMIN, gov)))
                .andExpect(content().string(containsString("138****0004")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("13800000004"))));
    }

    @Test
    void securityAdministratorOpensTheRoleForm() throws Exception {
        long editor = staff.findByUsername("editor").orElseThrow().id();
        mvc.perform(get("/console/organisation/staff/{id}/roles", editor).with(as(Role.SECURITY_ADMIN, government())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("授予角色")));
        mvc.perform(get("/console/organisation/staff/{id}/roles", editor).with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isForbidden());
    }

    @Test
    void badCreditCodeIsShownAtTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        String code = OrganisationFixtures.newCreditCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", wrong).param("name", "表单测试单位").param("type", "DEPARTMENT")
                        .param("officeAddress", "表单测试地址"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位不正确，请核对")))
                .andExpect(content().string(containsString("value=\"" + wrong + "\"")))
                .andExpect(content().string(containsString("表单测试地址")));
        assertThat(units.findByCreditCode(wrong)).isEmpty();
    }

    @Test
    void duplicateCreditCodeFromTheServiceIsShownAtTheField() throws Exception {
        String existing = units.findAll().get(0).creditCode();
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", existing).param("name", "重复单位").param("type", "DEPARTMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码已被")));
    }

    @Test
    void systemAdministratorCreatesAUnit() throws Exception {
        String code = OrganisationFixtures.newCreditCode();
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", code).param("name", "页面新建单位").param("type", "OTHER")
                        .param("parentId", String.valueOf(government())).param("regionCode", "990101000000"))
                .andExpect(status().is3xxRedirection());
        assertThat(units.findByCreditCode(code)).get().extracting(UnitDirectory.UnitView::parentId).isEqualTo(government());
    }

    @Test
    void unitCannotBecomeItsOwnAncestor() throws Exception {
        long parent = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("循环上级"), null)).id();
        Unit child = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("循环下级"), parent));
        Unit p = organisation.allUnits().stream().filter(u -> u.id() == parent).findFirst().orElseThrow();
        mvc.perform(post("/console/organisation/units/{id}", parent).with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", p.creditCode()).param("name", p.name()).param("type", "DEPARTMENT")
                        .param("parentId", String.valueOf(child.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能把本单位或其下级单位设为上级单位")));
    }

    @Test
    void auditAdministratorCannotChangeAnything() throws Exception {
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.AUDIT_ADMIN, government()))
                        .param("creditCode", OrganisationFixtures.newCreditCode()).param("name", "审计员建的单位")
                        .param("type", "DEPARTMENT"))
                .andExpect(status().isForbidden());
        long editor = staff.findByUsername("editor").orElseThrow().id();
        mvc.perform(post("/console/organisation/staff/{id}/roles", editor).with(csrf())
                        .with(as(Role.AUDIT_ADMIN, government())).param("unitId", String.valueOf(government()))
                        .param("role", "LEADER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void securityAdministratorGrantsAndRevokesRolesButTheThreeAdministratorsStaySeparate() throws Exception {
        long gov = government();
        long person = organisation.insertStaff(OrganisationFixtures.staff(gov)).id();
        mvc.perform(post("/console/organisation/staff/{id}/roles", person).with(csrf()).with(as(Role.SECURITY_ADMIN, gov))
                        .param("unitId", String.valueOf(gov)).param("role", "AUDIT_ADMIN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/organisation/staff/{id}/roles", person).with(csrf()).with(as(Role.SECURITY_ADMIN, gov))
                        .param("unitId", String.valueOf(gov)).param("role", "SYSTEM_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能由同一人兼任")));
        assertThat(staff.findById(person).orElseThrow().unitRoles().get(gov)).containsExactly(Role.AUDIT_ADMIN);

        GongkaiException refused = org.junit.jupiter.api.Assertions.assertThrows(GongkaiException.class,
                () -> OrganisationFixtures.as(Role.SECURITY_ADMIN, gov,
                        () -> organisation.grantRole(person, gov, Role.SECURITY_ADMIN)));
        assertThat(refused.code()).isEqualTo(ErrorCode.ROLE_CONFLICT);

        mvc.perform(post("/console/organisation/staff/{id}/roles/revoke", person).with(csrf())
                        .with(as(Role.SECURITY_ADMIN, gov)).param("unitId", String.valueOf(gov)).param("role", "AUDIT_ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.findById(person).orElseThrow().unitRoles().get(gov)).isEmpty();
    }

    @Test
    void importPageShowsTheRowByRowReport() throws Exception {
        String csv = String.join(",", OrganisationService.UNIT_IMPORT_COLUMNS) + "\n"
                + "91350100M000100Y44,页面导入单位,,部门,,,,,,,\n";
        mvc.perform(multipart("/console/organisation/import/units")
                        .file(new MockMultipartFile("file", "units.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所有行均未写入")))
                .andExpect(content().string(containsString("统一社会信用代码校验位不正确，请核对")));
        mvc.perform(get("/console/organisation/import/template/units.csv").with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码,名称,简称")));
    }

    @Test
    void staffListShowsMaskedMobilesOnlyForTheOfficersUnit() throws Exception {
        long unit = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("列表单位"), null)).id();
        Staff person = organisation.insertStaff(OrganisationFixtures.staff(unit));
        mvc.perform(get("/console/organisation/staff").with(as(Role.EDITOR, unit)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.username())))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("sysadmin"))));
    }
}
