package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.catalogue.CatalogueFixtures.allRoles;
import static org.gongkai.catalogue.CatalogueFixtures.draftJson;
import static org.gongkai.catalogue.CatalogueFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.gongkai.IntegrationTest;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a policy interpretation (issue #16): Q&A, an image with its required text alternative and an https
 * video link added, edited and reordered on the console while the interpretation is a draft, refused at the field
 * when incomplete or invalid, shown after the body on the public page and in the document API, frozen once
 * published (a revision changes its own working copy, not the public page), audited.
 */
@IntegrationTest
class InterpretationPartsTest {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired PublishedDocuments publishedDocuments;

    long office;

    @BeforeEach
    void unit() {
        office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
    }

    @Test
    void partsAreEditedInTheDraftShownOnThePublicPageAndFrozenOncePublished() throws Exception {
        long policy = create(unique("关于稳就业的若干措施"), null);
        publish(policy);
        String title = unique("《关于稳就业的若干措施》政策解读");
        long id = create(title, policy);
        String parts = "/console/catalogue/" + id + "/parts";

        mvc.perform(get("/console/catalogue/" + id).with(allRoles(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("解读的问答、图解和视频")));

        // Q&A
        mvc.perform(post(parts + "/new/qa").with(allRoles(office)).with(csrf())
                        .param("question", "哪些企业可以申请稳岗补贴？").param("answer", "参加失业保险的企业。\n裁员率低于规定标准。"))
                .andExpect(status().is3xxRedirection());
        // a too-long question, refused at its field with what was typed kept
        String longQuestion = "问".repeat(InterpretationPart.QUESTION_MAX + 1);
        mvc.perform(post(parts + "/new/qa").with(allRoles(office)).with(csrf())
                        .param("question", longQuestion).param("answer", "保留的回答"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("问题不能超过300字")))
                .andExpect(content().string(containsString("保留的回答")));

        mvc.perform(get(parts + "/new/image").with(allRoles(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("id=\"image\"")))
                .andExpect(content().string(containsString("id=\"altText\"")));
        // an image without its text alternative is refused at the field; with it, it is added
        MockMultipartFile png = new MockMultipartFile("image", "流程图.png", "image/png", png());
        mvc.perform(multipart(parts + "/new/image").file(png).param("altText", "  ").with(allRoles(office)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写图片的替代文字")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(multipart(parts + "/new/image").file(png).param("altText", "申领流程：企业申报、人社部门审核、资金拨付")
                        .with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // a file that is not an image is refused at the file input
        mvc.perform(multipart(parts + "/new/image")
                        .file(new MockMultipartFile("image", "说明.png", "image/png", "不是图片".getBytes(StandardCharsets.UTF_8)))
                        .param("altText", "说明").with(allRoles(office)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"image-error\"")));

        // a video link that is not https is refused at the field, keeping what was typed
        mvc.perform(post(parts + "/new/video").with(allRoles(office)).with(csrf())
                        .param("videoTitle", "一图读懂稳岗补贴").param("videoUrl", "http://video.example.cn/1.mp4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("视频链接须是以 https:// 开头的完整网址")))
                .andExpect(content().string(containsString("value=\"http://video.example.cn/1.mp4\"")));
        mvc.perform(post(parts + "/new/video").with(allRoles(office)).with(csrf())
                        .param("videoTitle", "一图读懂稳岗补贴").param("videoUrl", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("视频链接须是以 https:// 开头的完整网址")));
        mvc.perform(post(parts + "/new/video").with(allRoles(office)).with(csrf())
                        .param("videoTitle", "政策解读视频").param("videoUrl", "https://video.example.cn/jd/1"))
                .andExpect(status().is3xxRedirection());

        List<Long> ids = workingIds(id);
        assertThat(ids).hasSize(3);
        // the video moves to the front; the Q&A's answer is edited
        mvc.perform(post(parts + "/" + ids.get(2) + "/move").param("direction", "up").with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(parts + "/" + ids.get(2) + "/move").param("direction", "up").with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingIds(id)).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        mvc.perform(post(parts + "/" + ids.get(0) + "/edit").with(allRoles(office)).with(csrf())
                        .param("question", "哪些企业可以申请稳岗补贴？").param("answer", "参加失业保险且足额缴费的企业。"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(parts + "/" + ids.get(1) + "/edit").with(allRoles(office)).with(csrf()).param("altText", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写图片的替代文字")));
        // another unit's editor sees nothing of it
        long finance = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        mvc.perform(post(parts + "/" + ids.get(0) + "/remove").with(allRoles(finance)).with(csrf()))
                .andExpect(status().isNotFound());

        publish(id);

        // the public page: after the body, Q&A, the image with its alt text and caption, the video as a link
        String page = mvc.perform(get("/openness/documents/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("图文解读与问答", "问：哪些企业可以申请稳岗补贴？", "答：参加失业保险且足额缴费的企业。",
                "alt=\"申领流程：企业申报、人社部门审核、资金拨付\"", "图片说明：申领流程：企业申报、人社部门审核、资金拨付",
                "href=\"https://video.example.cn/jd/1\"", "政策解读视频").doesNotContain("<iframe", "<video");
        assertThat(page.indexOf("政策解读视频")).isLessThan(page.indexOf("问：哪些企业"));
        long imagePart = publicIds(id).get(2);
        mvc.perform(get("/openness/interpretation-images/" + imagePart)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/openness/interpretation-images/" + ids.get(1))).andExpect(status().isNotFound());
        mvc.perform(get(parts + "/" + ids.get(1) + "/picture").with(allRoles(office))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get(parts + "/" + ids.get(1) + "/picture").with(allRoles(finance))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/documents/{id}", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.interpretationParts[0].kind").value("VIDEO"))
                .andExpect(jsonPath("$.interpretationParts[0].url").value("https://video.example.cn/jd/1"))
                .andExpect(jsonPath("$.interpretationParts[1].question").value("哪些企业可以申请稳岗补贴？"))
                .andExpect(jsonPath("$.interpretationParts[2].altText").value("申领流程：企业申报、人社部门审核、资金拨付"));
        // search reads the questions and answers with the document (the text search indexes besides the body)
        assertThat(publishedDocuments.findPublished(id).orElseThrow().attachmentText())
                .contains("哪些企业可以申请稳岗补贴？", "参加失业保险且足额缴费的企业。", "政策解读视频");
        mvc.perform(get("/api/v1/documents/{id}", policy)).andExpect(status().isOk())
                .andExpect(jsonPath("$.interpretationParts").isEmpty());

        // frozen once published: refused, nothing changes
        mvc.perform(post(parts + "/new/qa").with(allRoles(office)).with(csrf())
                        .param("question", "发布后新增的问题").param("answer", "回答"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有草稿可以修改解读的问答、图解和视频")));
        mvc.perform(post(parts + "/" + ids.get(0) + "/remove").with(allRoles(office)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingIds(id)).hasSize(3);

        // a revision changes its own working copy; the public keeps the published parts until it is published
        act(id, "revise");
        mvc.perform(post(parts + "/new/qa").with(allRoles(office)).with(csrf())
                        .param("question", "修订中新增的问题").param("answer", "修订中的回答"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/openness/documents/" + id)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("修订中新增的问题"))));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE object_id = ? AND action IN "
                        + "('ADD_INTERPRETATION_PART', 'EDIT_INTERPRETATION_PART', 'MOVE_INTERPRETATION_PART')")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aDocumentThatInterpretsNothingHasNoParts() throws Exception {
        long id = create(unique("普通通知"), null);
        mvc.perform(post("/console/catalogue/" + id + "/parts/new/qa").with(allRoles(office)).with(csrf())
                        .param("question", "问题").param("answer", "回答"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只有政策解读")));
        assertThat(workingIds(id)).isEmpty();
    }

    private List<Long> workingIds(long id) {
        return jdbc.sql("SELECT id FROM catalogue_interpretation_part WHERE document_id = ? AND version IS NULL "
                + "ORDER BY position").param(id).query(Long.class).list();
    }

    private List<Long> publicIds(long id) {
        return jdbc.sql("SELECT p.id FROM catalogue_interpretation_part p JOIN catalogue_document d "
                + "ON d.id = p.document_id AND p.version = d.public_version WHERE d.id = ? ORDER BY p.position")
                .param(id).query(Long.class).list();
    }

    private long create(String title, Long interprets) throws Exception {
        String json = draftJson(office, title, "<p>解读正文。</p>");
        if (interprets != null) {
            json = json.replace("\"body\":", "\"interpretsId\": " + interprets + ", \"body\":");
        }
        String reply = mvc.perform(post("/api/v1/staff/documents").with(allRoles(office))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(reply).get("id").asLong();
    }

    private void publish(long id) throws Exception {
        for (String step : List.of("submit", "review", "sign-off", "publish")) {
            act(id, step);
        }
    }

    private void act(long id, String action) throws Exception {
        mvc.perform(post("/api/v1/staff/documents/{id}/{action}", id, action).with(allRoles(office)))
                .andExpect(status().isOk());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
