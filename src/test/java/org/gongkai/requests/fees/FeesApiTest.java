package org.gongkai.requests.fees;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/v1/staff/fees/quote: shapes, refusals and who may call it. */
@IntegrationTest
class FeesApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions quote(String json, Role role) throws Exception {
        return mvc.perform(post("/api/v1/staff/fees/quote").with(TestActors.as(role, 1))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void quotesTheFortyFifthApplicationOfTheMonth() throws Exception {
        quote("{\"method\":\"PER_APPLICATION\",\"ordinalThisMonth\":45}", Role.REQUEST_OFFICER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountFen").value(30000))
                .andExpect(jsonPath("$.amountYuan").value("300.00"))
                .andExpect(jsonPath("$.monthTotalFen").value(550000))
                .andExpect(jsonPath("$.breakdown[0].from").value(41));
    }

    @Test
    void quotesAHundredAndFiftyPages() throws Exception {
        quote("{\"method\":\"PER_PAGE\",\"pages\":150}", Role.SUPERVISOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountFen").value(170000))
                .andExpect(jsonPath("$.breakdown.length()").value(3))
                .andExpect(jsonPath("$.monthTotalFen").doesNotExist());
    }

    @Test
    void refusesBadInputAtItsField() throws Exception {
        quote("{\"method\":\"PER_WORD\",\"pages\":3}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("method"));
        quote("{\"method\":\"PER_PAGE\",\"pages\":150,\"ordinalThisMonth\":3}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ordinalThisMonth"));
        quote("{\"method\":\"PER_APPLICATION\",\"ordinalThisMonth\":0}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ordinalThisMonth"))
                .andExpect(jsonPath("$.detail").isString());
        quote("{\"method\":\"PER_PAGE\",\"pages\":-4}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("pages"));
        quote("{\"method\":\"PER_PAGE\"}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("pages"));
        quote("{\"method\":\"PER_PAGE\",\"pages\":\"many\"}", Role.REQUEST_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("pages"));
    }

    @Test
    void onlyRequestOfficersAndSupervisorsMayAsk() throws Exception {
        quote("{\"method\":\"PER_PAGE\",\"pages\":150}", Role.EDITOR).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/staff/fees/quote").contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"PER_PAGE\",\"pages\":150}")).andExpect(status().isUnauthorized());
    }
}
