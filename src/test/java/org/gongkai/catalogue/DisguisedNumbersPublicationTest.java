package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.actor;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Actor;
import org.gongkai.common.PersonalData;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue #8 class 2 through the workflow: disguised numbers block publication and are published masked. */
@IntegrationTest
class DisguisedNumbersPublicationTest {

    @Autowired
    CatalogueService service;
    @Autowired
    UnitDirectory units;
    @Autowired
    MockMvc mvc;

    @Test
    void disguisedNumbersAreFlaggedOnSubmitAndPublishedMasked() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        Actor a = actor(office, Role.EDITOR, Role.REVIEWER, Role.LEADER);
        String body = "<p>申请人：张三，身份证号１１０１０５１９４９１２３１００２Ｘ，手机<b>138</b> 1234 5678。</p>"
                + "<table><tr><td>李四</td><td>3501 0219 9001 0112 38</td><td>1 5 9 8 7 6 5 4 3 2 1</td></tr>"
                + "<tr><td>户数</td><td>2024-01-15</td><td>1,234,567.89</td></tr></table>";
        Document d = service.createDraft(a, office, new DocumentContent(unique("伪装号码公示"), null, null,
                LocalDate.of(2026, 11, 20), "民政、扶贫、救灾\\社会福利", InformationCategory.A21_C_SOCIAL_ASSISTANCE,
                "公示", List.of("公示"), null, null, null, null, null, body));

        service.act(a, d.id(), WorkflowAction.SUBMIT, CatalogueService.ActionInput.NONE);
        List<Finding> open = service.findings(a, d.id()).stream().filter(Finding::blocking).toList();
        assertThat(open).extracting(Finding::kind).containsExactlyInAnyOrder(PersonalDataGuard.Kind.ID_NUMBER,
                PersonalDataGuard.Kind.ID_NUMBER, PersonalDataGuard.Kind.MOBILE, PersonalDataGuard.Kind.MOBILE);
        assertThat(AttachmentAndSchedulingTest.catchConflict(
                () -> service.act(a, d.id(), WorkflowAction.REVIEW, CatalogueService.ActionInput.NONE))).contains("未处理");

        service.maskBody(a, d.id());
        assertThat(service.findings(a, d.id())).allSatisfy(f -> assertThat(f.status()).isEqualTo(Finding.Status.MASKED));
        service.act(a, d.id(), WorkflowAction.REVIEW, CatalogueService.ActionInput.NONE);
        service.act(a, d.id(), WorkflowAction.SIGN_OFF, CatalogueService.ActionInput.NONE);
        service.act(a, d.id(), WorkflowAction.PUBLISH, CatalogueService.ActionInput.NONE);

        String page = mvc.perform(get("/openness/documents/{id}", d.id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("身份证号11*************02X", "138****5678", "35*************238", "159****4321",
                "2024-01-15", "1,234,567.89");
        String digits = PersonalData.canonicalNumber(page);
        assertThat(digits).doesNotContain("11010519491231002X", "13812345678", "350102199001011238", "15987654321");
    }
}
