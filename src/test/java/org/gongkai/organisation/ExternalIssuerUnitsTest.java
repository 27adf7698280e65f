package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportReport.RowError;
import org.gongkai.requests.ReceivingUnits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #10: external issuers (外部发布机关) sit outside the county's unit tree — no county parent, no county unit below
 * them, no staff, never a receiving unit — whether created in the form, by import or by a loader.
 */
@IntegrationTest
class ExternalIssuerUnitsTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisation;
    @Autowired UnitDirectory units;
    @Autowired ExternalIssuers issuers;

    private long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    @Test
    void theFormRefusesAnExternalIssuerUnderACountyUnitAndACountyUnitUnderAnIssuer() throws Exception {
        String code = OrganisationFixtures.newCreditCode();
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", code).param("name", "表单外部发布机关").param("type", "EXTERNAL_ISSUER")
                        .param("parentId", String.valueOf(government())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(UnitChecks.EXTERNAL_PARENT)))
                .andExpect(content().string(containsString("表单外部发布机关")));
        assertThat(units.findByCreditCode(code)).isEmpty();

        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", code).param("name", OrganisationFixtures.unique("表单外部发布机关"))
                        .param("type", "EXTERNAL_ISSUER"))
                .andExpect(status().is3xxRedirection());
        long issuer = units.findByCreditCode(code).orElseThrow().id();
        assertThat(units.findById(issuer).orElseThrow().isExternalIssuer()).isTrue();
        mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", OrganisationFixtures.newCreditCode()).param("name", "挂在外部机关下的部门")
                        .param("type", "DEPARTMENT").param("parentId", String.valueOf(issuer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(UnitChecks.PARENT_IS_EXTERNAL)));
    }

    @Test
    void anExternalIssuerHasNoStaffAndTakesNoApplications() {
        UnitDirectory.UnitView issuer = issuers.findOrCreate(OrganisationFixtures.unique("测试部"));
        assertThat(issuers.findOrCreate(issuer.name()).id()).as("found again, not created twice").isEqualTo(issuer.id());
        assertThat(CreditCodes.isValid(issuer.creditCode())).isTrue();
        assertThat(issuer.creditCode()).startsWith(ExternalIssuers.GENERATED_PREFIX);
        assertThat(issuer.parentId()).isNull();
        assertThatThrownBy(() -> organisation.insertStaff(OrganisationFixtures.staff(issuer.id())))
                .isInstanceOf(GongkaiException.class).hasMessageContaining(UnitChecks.NO_STAFF);
        assertThat(ReceivingUnits.handlesApplications(issuer, id -> units.findById(id).orElse(null))).isFalse();
        assertThat(ReceivingUnits.groups(units.findAll())).flatExtracting(ReceivingUnits.Group::units)
                .noneMatch(UnitDirectory.UnitView::isExternalIssuer);
    }

    @Test
    void theImportKnowsTheTypeAndRefusesACountyUnitUnderAnIssuer() {
        String issuer = OrganisationFixtures.newCreditCode();
        String csv = String.join(",", OrganisationService.UNIT_IMPORT_COLUMNS) + "\n"
                + issuer + "," + OrganisationFixtures.unique("导入外部机关") + ",,外部发布机关,,,,,,,\n"
                + OrganisationFixtures.newCreditCode() + ",导入的下级部门,,部门," + issuer + ",,,,,,\n";
        ImportReport report = OrganisationFixtures.as(Role.SYSTEM_ADMIN, government(), () -> organisation.importUnits(
                "units.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(report.completed()).isFalse();
        assertThat(report.errors()).extracting(RowError::row, RowError::column, RowError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "上级单位统一社会信用代码", UnitChecks.PARENT_IS_EXTERNAL));
    }
}
