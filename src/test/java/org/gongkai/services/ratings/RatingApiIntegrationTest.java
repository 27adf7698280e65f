package org.gongkai.services.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.services.cases.CaseNumbers;
import org.gongkai.services.RatingChannel;
import org.gongkai.services.ServiceRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 好差评 through HTTP: the public rating (query code, one per channel, only after acceptance or refusal, throttled),
 * the rectification it opens with its calendar deadlines, each staff step, the appeal and its removal, refusals
 * audited, another unit's rectification 404.
 */
@IntegrationTest
class RatingApiIntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseNumbers codes;
    @Autowired
    RatingImport ratingImport;

    ConsoleFixtures.TestUnit unit;
    ServiceRows.Item item;
    String address;

    @BeforeEach
    void unitAndItem() {
        unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "民政局");
        item = ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1);
        address = "10.9." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250);
    }

    private String acceptedCase() {
        return ServiceRows.number(ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, null, "ACCEPTED",
                TODAY.minusDays(3), TODAY.plusDays(4), null, null, null), "QC123"));
    }

    private MockHttpServletRequestBuilder rate(String number, String code, Object level, String channel) {
        String body = "{\"queryCode\":\"" + code + "\",\"level\":" + level + ",\"channel\":\"" + channel
                + "\",\"comment\":\"窗口人员态度\"}";
        return post("/api/v1/service-cases/" + number + "/ratings").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    @Test
    void aCaseIsRatedOncePerChannelWithItsQueryCode() throws Exception {
        String number = acceptedCase();
        mvc.perform(rate(number, "WRONG", 5, "ONLINE")).andExpect(status().isNotFound());
        mvc.perform(rate("FW0", "QC123", 5, "ONLINE")).andExpect(status().isNotFound());
        mvc.perform(rate(number, "qc123", 5, "ONLINE")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.levelLabel", is("非常满意")))
                .andExpect(jsonPath("$.rectificationOpened", is(false)));
        mvc.perform(rate(number, "QC123", 4, "ONLINE")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("ALREADY_RATED")));
        mvc.perform(rate(number, "QC123", 4, "SMS")).andExpect(status().isCreated());
        assertThat(refusals(number)).anyMatch(d -> d.startsWith("ALREADY_RATED"));
    }

    @Test
    void refusesRatingsBeforeAcceptanceAndMalformedOnes() throws Exception {
        String received = ServiceRows.number(ServiceRows.insert(jdbc, codes,
                new ServiceRows.Case(item, null, "RECEIVED", null, null, null, null, null), "QC123"));
        mvc.perform(rate(received, "QC123", 3, "WINDOW")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("RATING_NOT_OPEN")));
        String refused = ServiceRows.number(ServiceRows.insert(jdbc, codes,
                new ServiceRows.Case(item, null, "REFUSED", null, null, null, null, TODAY.minusDays(1)), "QC123"));
        mvc.perform(rate(refused, "QC123", 3, "WINDOW")).andExpect(status().isCreated());
        String number = acceptedCase();
        mvc.perform(rate(number, "QC123", 6, "WINDOW")).andExpect(status().isBadRequest());
        mvc.perform(rate(number, "QC123", "\"x\"", "WINDOW")).andExpect(status().isBadRequest());
        mvc.perform(rate(number, "QC123", 3, "FAX")).andExpect(status().isBadRequest());
        mvc.perform(rate(number, "Q".repeat(5000), 3, "WINDOW")).andExpect(status().isBadRequest());
    }

    @Test
    void ratingAttemptsAreThrottledPerAddress() throws Exception {
        String number = acceptedCase();
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = mvc.perform(rate(number, "GUESS" + i, 5, "ONLINE")).andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void aBadRatingIsVerifiedRectifiedCalledBackAndPublished() throws Exception {
        String number = acceptedCase();
        mvc.perform(rate(number, "QC123", 1, "WINDOW")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rectificationOpened", is(true)));
        long id = rectificationOf(number);
        var officer = TestActors.as(Role.SERVICE_OFFICER, unit.id());
        // 2026-06-15 (Mon) + 5 working days = 06-23 (06-19 is 端午); + 15 = 07-07
        mvc.perform(get(RatingApi.STAFF + "/" + id).with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("OPEN")))
                .andExpect(jsonPath("$.respondDue", is("2026-06-23")))
                .andExpect(jsonPath("$.rectifyDue", is("2026-07-07")));
        mvc.perform(step(id, "rectify", "{\"text\":\"先整改\"}").with(officer)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code", is("TRANSITION_NOT_ALLOWED")));
        mvc.perform(step(id, "confirm", "{\"text\":\"\"}").with(officer)).andExpect(status().isBadRequest());
        mvc.perform(step(id, "confirm", "{\"text\":\"" + "长".repeat(2001) + "\"}").with(officer))
                .andExpect(status().isBadRequest());
        mvc.perform(step(id, "confirm", "{\"text\":\"属实，已向群众致歉\"}").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("RECTIFYING")));
        mvc.perform(step(id, "rectify", "{\"text\":\"增设导办岗\"}").with(officer))
                .andExpect(jsonPath("$.status", is("CALLING_BACK")));
        mvc.perform(step(id, "close", "{\"text\":\"电话回访，群众满意\",\"outcome\":\"已整改\"}").with(officer))
                .andExpect(jsonPath("$.status", is("CLOSED")))
                .andExpect(jsonPath("$.closedOn", is("2026-06-15")));
        assertThat(refusals(String.valueOf(id))).anyMatch(d -> d.startsWith("TRANSITION_NOT_ALLOWED"));
        var other = TestActors.as(Role.SERVICE_OFFICER, ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "人社局").id());
        mvc.perform(get(RatingApi.STAFF + "/" + id).with(other)).andExpect(status().isNotFound());
        mvc.perform(step(id, "appeal", "{\"text\":\"恶意\"}").with(other)).andExpect(status().isNotFound());
    }

    @Test
    void anUpheldAppealRemovesTheRatingAndOnlyASupervisorDecides() throws Exception {
        String number = acceptedCase();
        mvc.perform(rate(number, "QC123", 2, "AGENT")).andExpect(status().isCreated());
        long id = rectificationOf(number);
        var officer = TestActors.as(7001, "officer-a", java.util.Map.of(unit.id(), java.util.Set.of(Role.SERVICE_OFFICER)));
        mvc.perform(step(id, "appeal", "{\"text\":\"评价人并非申请人，系恶意差评\"}").with(officer))
                .andExpect(jsonPath("$.status", is("APPEALED")));
        mvc.perform(step(id, "decide-appeal", "{\"text\":\"同意\",\"upheld\":true}").with(officer))
                .andExpect(status().isForbidden());
        var supervisor = TestActors.as(Role.SUPERVISOR, unit.id());
        mvc.perform(step(id, "decide-appeal", "{\"text\":\"经核实，评价人并非申请人\",\"upheld\":true}").with(supervisor))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("REMOVED")));
        assertThat(jdbc.sql("SELECT removed FROM services_rating r JOIN services_case c ON c.id = r.case_id "
                + "WHERE c.case_number = ?").param(number).query(Boolean.class).single()).isTrue();
    }

    @Test
    void importedRatingsOpenAndCloseRectificationsAndAreChecked() {
        long[] c = ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, null, "COMPLETED", TODAY.minusDays(40),
                TODAY.minusDays(30), TODAY.minusDays(32), null, null), "QC123");
        ratingImport.insert(c[0], unit.id(), TODAY.minusDays(40), List.of(
                new RatingImport.ImportedRating(1, RatingChannel.SMS, TODAY.minusDays(31), TODAY.minusDays(20)),
                new RatingImport.ImportedRating(2, RatingChannel.ONLINE, TODAY.minusDays(31), null),
                new RatingImport.ImportedRating(5, RatingChannel.WINDOW, TODAY.minusDays(32), null)));
        assertThat(jdbc.sql("SELECT x.status FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "WHERE r.case_id = ? ORDER BY r.channel").param(c[0]).query(String.class).list())
                .containsExactly("OPEN", "CLOSED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ratingImport.insert(c[0], unit.id(),
                TODAY.minusDays(40), List.of(new RatingImport.ImportedRating(3, RatingChannel.AGENT,
                        TODAY.minusDays(41), null))))
                .hasMessageContaining("第 1 条评价");
    }

    private MockHttpServletRequestBuilder step(long id, String action, String body) {
        return post(RatingApi.STAFF + "/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf());
    }

    private long rectificationOf(String number) {
        return jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = ?").param(number)
                .query(Long.class).single();
    }

    private List<String> refusals(String objectId) {
        return jdbc.sql("SELECT detail FROM audit_record WHERE outcome = 'REFUSED' AND object_id = ?")
                .param(objectId).query(String.class).list();
    }
}
