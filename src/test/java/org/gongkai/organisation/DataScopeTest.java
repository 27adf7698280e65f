package org.gongkai.organisation;

import static org.gongkai.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer of unit A sees A's staff records, and gets 404 (not 403) for unit B's, through pages and API. */
@IntegrationTest
class DataScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisation;

    long unitA;
    long unitB;
    long staffOfA;
    long staffOfB;

    @BeforeEach
    void twoUnitsWithOnePersonEach() {
        unitA = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("甲单位"), null)).id();
        unitB = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("乙单位"), null)).id();
        staffOfA = organisation.insertStaff(OrganisationFixtures.staff(unitA)).id();
        staffOfB = organisation.insertStaff(OrganisationFixtures.staff(unitB)).id();
    }

    @Test
    void officerGetsOwnUnitsStaffRecordThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/staff/{id}", staffOfA).with(as(Role.REQUEST_OFFICER, unitA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(staffOfA))
                .andExpect(jsonPath("$.mobile").value("139****5678"));
    }

    @Test
    void officerGets404ForAnotherUnitsStaffRecordThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/staff/{id}", staffOfB).with(as(Role.REQUEST_OFFICER, unitA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void missingAndOutOfScopeRecordsLookTheSame() throws Exception {
        mvc.perform(get("/api/v1/staff/{id}", 987_654_321L).with(as(Role.REQUEST_OFFICER, unitA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void officerGetsOwnUnitsStaffRecordThroughThePage() throws Exception {
        mvc.perform(get("/console/organisation/staff/{id}", staffOfA).with(as(Role.REQUEST_OFFICER, unitA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("139****5678")));
    }

    @Test
    void officerGets404ForAnotherUnitsStaffRecordThroughThePage() throws Exception {
        mvc.perform(get("/console/organisation/staff/{id}", staffOfB).with(as(Role.REQUEST_OFFICER, unitA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void scopedListShowsOnlyOwnUnitsStaffWithMaskedMobile() throws Exception {
        mvc.perform(get("/api/v1/staff").with(as(Role.EDITOR, unitA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)]", staffOfA).exists())
                .andExpect(jsonPath("$[?(@.id == %d)]", staffOfB).doesNotExist())
                .andExpect(jsonPath("$[0].mobile").value("139****5678"));
        mvc.perform(get("/api/v1/staff").param("unitId", String.valueOf(unitB)).with(as(Role.EDITOR, unitA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void leaderOfAParentUnitSeesSubUnitsStaff() throws Exception {
        long child = organisation.insertUnit(OrganisationFixtures.unit(OrganisationFixtures.unique("下级"), unitA)).id();
        long staffOfChild = organisation.insertStaff(OrganisationFixtures.staff(child)).id();
        mvc.perform(get("/api/v1/staff/{id}", staffOfChild).with(as(Role.LEADER, unitA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/staff/{id}", staffOfChild).with(as(Role.EDITOR, unitA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousCallersCannotReadStaff() throws Exception {
        mvc.perform(get("/api/v1/staff/{id}", staffOfA)).andExpect(status().is4xxClientError());
    }
}
