package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The form fragments (layout/form.html) on a real form: the unit form of the organisation module. */
@IntegrationTest
class FormFragmentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    private long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    @Test
    void anEmptyFormTakesMaxlengthAndRequiredFromTheFormClassAndDescribesNothingThatIsNotThere() throws Exception {
        String html = mvc.perform(get("/console/organisation/units/new").with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = FormMarkup.assertWellFormed(html);

        Element name = page.getElementById("name");
        assertThat(name.attr("maxlength")).isEqualTo("200");
        assertThat(name.hasAttr("required")).isTrue();
        assertThat(name.hasAttr("aria-describedby")).isFalse();
        assertThat(name.hasAttr("aria-invalid")).isFalse();
        assertThat(page.getElementById("officeAddress").attr("maxlength")).isEqualTo("300");
        assertThat(page.getElementById("officeAddress").hasAttr("required")).isFalse();
        assertThat(page.getElementById("creditCode").attr("maxlength")).isEqualTo("18");
        assertThat(page.select("label[for=type]").text()).isEqualTo("单位类型");
        assertThat(page.select("#type option").first().text()).isEqualTo("请选择");
        assertThat(page.select(".error-summary")).isEmpty();
        assertThat(FormMarkup.unbounded(page)).isEmpty();
    }

    @Test
    void aRefusedFormMarksTheFieldsLinksTheSummaryToThemAndKeepsWhatWasTyped() throws Exception {
        String tooLong = "长".repeat(301);
        String html = mvc.perform(post("/console/organisation/units").with(csrf()).with(as(Role.SYSTEM_ADMIN, government()))
                        .param("creditCode", "").param("name", "表单片段单位").param("type", "DEPARTMENT")
                        .param("officeAddress", tooLong))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = FormMarkup.assertWellFormed(html);

        Element address = page.getElementById("officeAddress");
        assertThat(address.attr("aria-invalid")).isEqualTo("true");
        assertThat(address.attr("aria-describedby")).isEqualTo("officeAddress-error");
        assertThat(address.val()).isEqualTo(tooLong);
        assertThat(page.getElementById("officeAddress-error").text()).isEqualTo("不能超过300个字");
        assertThat(page.getElementById("creditCode").attr("aria-describedby")).isEqualTo("creditCode-error");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#officeAddress", "#creditCode");
        assertThat(page.getElementById("name").val()).isEqualTo("表单片段单位");
        assertThat(page.getElementById("name").hasAttr("aria-invalid")).isFalse();
        assertThat(page.select("#type option[selected]").val()).isEqualTo("DEPARTMENT");
    }
}
