package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.items.ItemLinesFixture.CENTRE;
import static org.gongkai.services.items.ItemLinesFixture.FINANCE;
import static org.gongkai.services.items.ItemLinesFixture.code;
import static org.gongkai.services.items.ItemLinesFixture.lines;
import static org.gongkai.services.items.ItemLinesFixture.promised;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console's item editor (issue #11): an officer edits every element of a guide including its materials, a wrong
 * input comes back at its field in Chinese with everything typed kept, a saved draft shows its changes; the director
 * rejects (reason required, at the field) or approves, and the portal shows the approved version.
 */
@IntegrationTest
class ItemEditorPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor officer() {
        return TestActors.as(-51, "page-officer", Map.of(unit(CENTRE), Set.of(Role.SERVICE_OFFICER)));
    }

    RequestPostProcessor director() {
        return TestActors.as(-52, "page-director", Map.of(unit(CENTRE), Set.of(Role.SERVICE_DIRECTOR)));
    }

    String html(RequestBuilder request, int expected) throws Exception {
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The editor's fields for a complete 承诺件 with two materials (a blank row between), with some changed. */
    static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder r, String name, String... changed) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        String[] fields = {"baseVersion", "1", "name", name, "type", "公共服务", "unitCode", CENTRE, "levels", "COUNTY",
            "target", "PERSON", "legalBasis", "《示例条例》第三条", "conditions", "本县户籍居民", "steps", "申请\n受理\n办结",
            "place", "一楼综合窗口", "hours", "工作日", "consultPhone", "0123-1234567", "complaintPhone", "12345",
            "statutoryDays", "20", "statutoryUnit", "WORKING_DAYS", "promisedDays", "5", "promisedUnit", "WORKING_DAYS",
            "kind", "PROMISED", "resultName", "证明", "resultType", "其他", "delivery", "窗口领取", "onlineDepth", "3",
            "visits", "1", "lifeEvents", "就业", "materials[0].name", "居民身份证", "materials[0].source", "申请人",
            "materials[0].form", "ORIGINAL", "materials[0].required", "true", "materials[0].copies", "1",
            "materials[1].name", "", "materials[1].form", "ORIGINAL", "materials[1].copies", "1",
            "materials[2].name", "劳动合同", "materials[2].form", "COPY", "materials[2].copies", "2",
            "materials[2].notes", "加盖单位公章"};
        for (int i = 0; i + 1 < fields.length; i += 2) {
            p.put(fields[i], fields[i + 1]);
        }
        for (int i = 0; i + 1 < changed.length; i += 2) {
            p.put(changed[i], changed[i + 1]);
        }
        p.forEach(r::param);
        return r;
    }

    @Test
    void anOfficerEditsTheGuideAndTheDirectorRejectsThenApprovesIt() throws Exception {
        String code = code();
        mvc.perform(post("/api/v1/staff/service-items/import").with(officer()).contentType("application/x-ndjson")
                .content(lines(List.of(promised(code, "页面编辑事项" + code, CENTRE))))).andExpect(status().isOk());
        String url = "/console/services/items/" + code;

        assertThat(html(get("/console/services/items").param("q", code).with(officer()), 200)).contains(code);
        Document editor = FormMarkup.assertWellFormed(html(get(url).with(officer()), 200));
        assertThat(editor.getElementById("materials-0--name").val()).isEqualTo("居民身份证");
        assertThat(editor.getElementById("name").attr("maxlength")).isEqualTo("200");
        assertThat(editor.getElementById("form-approve")).isNull();

        // wrong input: the reasons at the fields, everything typed kept
        Document wrong = FormMarkup.assertWellFormed(html(filled(post(url).with(officer()).with(csrf()), "新名称" + code,
                "onlineDepth", "4", "conditions", "我刚输入的受理条件", "promisedDays", "30"), 400));
        assertThat(wrong.select("#visits-error").text()).contains("全程网办");
        assertThat(wrong.select("#promisedDays-error").text()).contains("承诺办结时限不能超过法定办结时限");
        assertThat(wrong.getElementById("conditions").text()).isEqualTo("我刚输入的受理条件");
        assertThat(wrong.getElementById("materials-2--notes").text()).isEqualTo("加盖单位公章");
        assertThat(wrong.select(".error-summary a")).hasSizeGreaterThanOrEqualTo(2);
        Document badMaterial = FormMarkup.assertWellFormed(html(filled(post(url).with(officer()).with(csrf()),
                "新名称" + code, "materials[2].form", "SCAN"), 400));
        assertThat(badMaterial.select("#materials-2--name-error").text()).contains("第2项材料：", "材料形式应为");
        assertThat(badMaterial.getElementById("materials-2--name").val()).isEqualTo("劳动合同");
        Document blank = FormMarkup.assertWellFormed(html(filled(post(url).with(officer()).with(csrf()), ""), 400));
        assertThat(blank.select("#name-error").text()).isNotBlank();

        // a draft: the portal still shows version 1, the editor shows what changed
        String saved = mvc.perform(filled(post(url).with(officer()).with(csrf()), "新名称" + code, "note", "合并窗口")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(saved).isEqualTo(url);
        Document draft = FormMarkup.assertWellFormed(html(get(url).with(officer()), 200));
        assertThat(draft.getElementById("latest").text()).isEqualTo("第2版（草稿）");
        assertThat(draft.getElementById("changes").text()).contains("事项名称", "新名称" + code, "申请材料：劳动合同");
        assertThat(draft.getElementById("form-submit")).isNotNull();
        assertThat(html(get("/services/items/" + code), 200)).contains("页面编辑事项" + code);

        mvc.perform(post(url + "/versions/2/submit").with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document review = FormMarkup.assertWellFormed(html(get(url).with(director()), 200));
        assertThat(review.getElementById("form-approve")).isNotNull();
        assertThat(review.getElementById("form-edit")).isNull();
        Document noReason = FormMarkup.assertWellFormed(html(post(url + "/versions/2/reject").param("reason", "")
                .with(director()).with(csrf()), 400));
        assertThat(noReason.select("#reject-reason-error").text()).isEqualTo("请填写退回理由");
        assertThat(html(post(url + "/versions/2/approve").with(officer()).with(csrf()), 403)).isNotNull();

        mvc.perform(post(url + "/versions/2/reject").param("reason", "材料名称请写全称").with(director()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document rejected = FormMarkup.assertWellFormed(html(get(url).with(officer()), 200));
        assertThat(rejected.getElementById("review-note").text()).isEqualTo("材料名称请写全称");
        assertThat(rejected.getElementById("name").val()).isEqualTo("新名称" + code); // the rejected text to fix
        mvc.perform(filled(post(url).with(officer()).with(csrf()), "全称" + code, "baseVersion", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/versions/3/submit").with(officer()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/versions/3/approve").param("note", "同意").with(director()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String guide = html(get("/services/items/" + code), 200);
        assertThat(guide).contains("全称" + code, "劳动合同", "加盖单位公章");
        Document diff = FormMarkup.assertWellFormed(html(get(url + "/diff").param("from", "1").param("to", "3")
                .with(director()), 200));
        assertThat(diff.getElementById("changes").text()).contains("事项名称", "全称" + code, "申请材料：户口簿");

        // another unit's item is not found; a refused step of a settled version answers 409 on the page
        String theirs = code();
        mvc.perform(post("/api/v1/staff/service-items/import").with(TestActors.as(-53, "fin", Map.of(unit(FINANCE),
                        Set.of(Role.SERVICE_OFFICER)))).contentType("application/x-ndjson")
                .content(lines(List.of(promised(theirs, "财政事项", FINANCE))))).andExpect(status().isOk());
        html(get("/console/services/items/" + theirs).with(officer()), 404);
        html(filled(post("/console/services/items/" + theirs).with(officer()).with(csrf()), "x"), 404);
        Document settled = FormMarkup.assertWellFormed(html(post(url + "/versions/3/submit").with(officer())
                .with(csrf()), 409));
        assertThat(settled.select(".error-summary").text()).contains("已审核发布");
    }

    @Test
    void aMaterialsSampleAndBlankFormAreUploadedByTheOfficerAndDownloadedFromThePublicGuide() throws Exception {
        String code = code();
        mvc.perform(post("/api/v1/staff/service-items/import").with(officer()).contentType("application/x-ndjson")
                .content(lines(List.of(promised(code, "附件事项" + code, CENTRE))))).andExpect(status().isOk());
        String url = "/console/services/items/" + code;
        byte[] pdf = ("%PDF-1.4\n% sample\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        Document editor = FormMarkup.assertWellFormed(html(get(url).with(officer()), 200));
        assertThat(editor.getElementById("file-1-sample-file").attr("accept")).contains(".pdf");
        mvc.perform(multipart(url + "/materials/1/sample").file(new MockMultipartFile("file", "身份证样表.pdf",
                "application/pdf", pdf)).with(officer()).with(csrf())).andExpect(status().is3xxRedirection());
        Document wrong = FormMarkup.assertWellFormed(html(multipart(url + "/materials/2/blank")
                .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1}))
                .with(officer()).with(csrf()), 400));
        assertThat(wrong.select("#file-2-blank-file-error").text()).isNotBlank();
        html(multipart(url + "/materials/9/blank").file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                .with(officer()).with(csrf()), 404);
        html(multipart(url + "/materials/1/sample").file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                .with(TestActors.as(-54, "other", Map.of(unit(FINANCE), Set.of(Role.SERVICE_OFFICER)))).with(csrf()), 404);

        String guide = html(get("/services/items/" + code), 200);
        assertThat(guide).contains("下载样表（居民身份证）").doesNotContain("下载空白表格");
        byte[] got = mvc.perform(get("/services/items/" + code + "/materials/1/sample")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(got).isEqualTo(pdf);
        mvc.perform(get("/services/items/" + code + "/materials/2/sample")).andExpect(status().isNotFound());
        mvc.perform(get("/services/items/" + code + "/materials/1/other")).andExpect(status().isNotFound());

        // an approved version keeps the sample of a material that keeps its name
        mvc.perform(filled(post(url).with(officer()).with(csrf()), "附件事项新版" + code,
                "materials[0].name", "居民身份证")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/versions/2/submit").with(officer()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/versions/2/approve").with(director()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(html(get("/services/items/" + code), 200)).contains("附件事项新版", "下载样表（居民身份证）");
    }
}
