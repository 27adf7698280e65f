package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answered questions (issue #10, decision 018) through HTTP with the real catalogue, index and database: a question
 * typed as a sentence ranks the document that answered a similar question above one that only shares more of its
 * words, and the other articles of an answered work above another work's equal article — and neither happens once the
 * answers are deleted. The import is the system administrator's, all rows or none, every field bounded.
 */
@IntegrationTest
class AnsweredQuestionsHttpTest {

    static final String PATH = "/api/v1/staff/answered-questions";

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor admin() {
        long unit = units.findByCreditCode(LocalityAndLawsHttpTest.OFFICE).orElseThrow().id();
        return TestActors.as(-11, "answers-admin", Map.of(unit, Set.of(Role.SYSTEM_ADMIN)));
    }

    long publish(String title, String body) throws Exception {
        return LocalityAndLawsHttpTest.publish(mvc, units.findByCreditCode(LocalityAndLawsHttpTest.OFFICE).orElseThrow().id(), title,
                body, "有效");
    }

    String indexNumber(long id) {
        return jdbc.sql("SELECT index_number FROM catalogue_document WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    List<Long> ask(String question) throws Exception {
        return LocalityAndLawsHttpTest.ids(LocalityAndLawsHttpTest.api(mvc, "q", question));
    }

    JsonNode importLines(String source, String lines, int status) throws Exception {
        var response = mvc.perform(post(PATH).param("source", source).with(admin())
                .contentType("application/x-ndjson").content(lines.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is(status)).andReturn().getResponse();
        return JsonMapper.shared().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static String line(String question, String... indexNumbers) {
        return JsonMapper.shared().writeValueAsString(Map.of("question", question, "indexNumbers", List.of(indexNumbers)))
                + "\n";
    }

    @Test
    void theDocumentThatAnsweredASimilarQuestionRanksAboveOneThatOnlySharesMoreWords() throws Exception {
        String m = SearchWebTest.randomHan(4);
        // the answer speaks the law's language; the decoy repeats the citizen's words
        long answer = publish(m + "劳动报酬支付办法", "用人单位应当按照约定按时足额支付" + m + "劳动报酬，不得克扣或者无故拖欠。");
        long decoy = publish(m + "商户经营提示", m + "商户老板经营中不给钱、拖着不结账的，消费者可以投诉；老板应当诚信经营。");
        String question = m + "老板一直拖着工资不给钱怎么办";
        assertThat(ask(question)).startsWith(decoy).contains(answer);

        String source = "test-" + m.hashCode();
        // two citizens asked it before in their own words, and were answered with this document
        JsonNode imported = importLines(source, line(m + "老板拖欠工资不给钱应该怎么处理？", indexNumber(answer))
                + line("公司老板拖着" + m + "工资一直不给钱可以找谁", indexNumber(answer)), 200);
        assertThat(imported.get("imported").asInt()).isEqualTo(2);
        assertThat(ask(question)).startsWith(answer);

        // deleted: the order is the words' again
        assertThat(mvc.perform(delete(PATH).param("source", source).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("\"deleted\":2");
        assertThat(ask(question)).startsWith(decoy);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SEARCH_ANSWERED_IMPORTED' AND object_id = :s")
                .param("s", source).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOtherArticlesOfAnAnsweredWorkRankAboveAnotherWorksEqualArticle() throws Exception {
        String m = SearchWebTest.randomHan(3);
        String answeredWork = "《" + m + "甲条例》";
        String otherWork = "《" + m + "乙条例》";
        String body = "居民申请" + m + "补贴的，应当向所在地乡镇人民政府提出书面申请。";
        long other = publish(otherWork + "第二条", body); // indexed first: it wins a tie
        long sibling = publish(answeredWork + "第二条", body);
        long answered = publish(answeredWork + "第一条", "为了规范" + m + "补贴的发放，制定本条例。");
        String question = "我想申请" + m + "补贴应该去哪里办理";
        List<Long> before = ask(question);
        assertThat(before.indexOf(other)).isLessThan(before.indexOf(sibling));

        String source = "work-" + m.hashCode();
        importLines(source, line("发放" + m + "补贴的依据是什么", indexNumber(answered)), 200);
        List<Long> after = ask(question);
        assertThat(after.indexOf(sibling)).isGreaterThanOrEqualTo(0).isLessThan(after.indexOf(other));
        mvc.perform(delete(PATH).param("source", source).with(admin())).andExpect(status().isOk());
    }

    @Test
    void everyRowIsCheckedAndNothingIsWrittenUnlessAllAreRight() throws Exception {
        String m = SearchWebTest.randomHan(4);
        long doc = publish(m + "答复测试文件", m + "正文。");
        String source = "bad-" + m.hashCode();
        String lines = line(m + "这是一个正确的问题吗", indexNumber(doc))
                + "not json\n"
                + "{\"indexNumbers\": [\"" + indexNumber(doc) + "\"]}\n"
                + line("长".repeat(301), indexNumber(doc))
                + line(m + "没有这个索引号吗", "NO-SUCH-NUMBER")
                + line(m + "太多文件了吗", java.util.stream.IntStream.range(0, 51).mapToObj(i -> "X" + i)
                        .toArray(String[]::new))
                + "{\"question\": \"数字索引号可以吗\", \"indexNumbers\": [42]}\n";
        JsonNode problem = importLines(source, lines, 422);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_FAILED");
        assertThat(problem.get("imported").asInt()).isZero();
        assertThat(problem.get("errors").findValuesAsString("message")).contains("不是有效的 JSON 对象", "请填写问题",
                "问题最多300个字符", "索引号“NO-SUCH-NUMBER”不存在或未公开", "每个问题最多关联50个文件",
                "索引号必须是不超过100个字符的文本");
        assertThat(problem.get("errors").findValues("row").stream().map(JsonNode::asInt).toList())
                .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_answered_question WHERE source = :s").param("s", source)
                .query(Long.class).single()).isZero();

        // the source name, the paging parameters and the id are bounded too
        var bad = mvc.perform(post(PATH).param("source", "../etc").with(admin()).contentType("application/x-ndjson")
                .content(line("问题", indexNumber(doc)))).andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"source\"");
        mvc.perform(get(PATH).param("page", "abc").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(get(PATH).param("q", "%_\\".repeat(100)).with(admin())).andExpect(status().isOk());
        mvc.perform(get(PATH).param("size", "100000").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(delete(PATH + "/abc").with(admin())).andExpect(status().isNotFound());
        mvc.perform(delete(PATH + "/999999999").with(admin())).andExpect(status().isNotFound());
        byte[] huge = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        mvc.perform(post(PATH).param("source", source).with(admin()).contentType("application/x-ndjson").content(huge))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void onlyTheSystemAdministratorImportsListsAndDeletes() throws Exception {
        long unit = units.findByCreditCode(LocalityAndLawsHttpTest.OFFICE).orElseThrow().id();
        var editor = TestActors.as(-12, "answers-editor", Map.of(unit, Set.of(Role.EDITOR, Role.LEADER)));
        String body = line("问题", "X");
        mvc.perform(post(PATH).contentType("application/x-ndjson").content(body)).andExpect(status().isUnauthorized());
        mvc.perform(post(PATH).with(editor).contentType("application/x-ndjson").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(get(PATH).with(editor)).andExpect(status().isForbidden());
        mvc.perform(delete(PATH + "/1").with(editor)).andExpect(status().isForbidden());
        mvc.perform(delete(PATH).param("source", "api").with(editor)).andExpect(status().isForbidden());

        String m = SearchWebTest.randomHan(4);
        long doc = publish(m + "列表测试文件", m + "正文。");
        String source = "list-" + m.hashCode();
        importLines(source, line(m + "列表里能看到吗", indexNumber(doc)), 200);
        JsonNode listed = JsonMapper.shared().readTree(mvc.perform(get(PATH).param("q", m).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).get("documents").get(0).asLong()).isEqualTo(doc);
        long id = listed.get("items").get(0).get("id").asLong();
        mvc.perform(delete(PATH + "/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(delete(PATH + "/" + id).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void theConsolePageAddsOneKeepsWhatWasTypedOnAnErrorAndDeletes() throws Exception {
        String m = SearchWebTest.randomHan(4);
        long doc = publish(m + "控制台测试文件", m + "正文。");
        String typed = m + "这个问题在控制台里添加可以吗";
        String page = mvc.perform(post("/console/search/answered").with(csrf()).with(admin()).param("question", typed)
                .param("indexNumbers", "NO-SUCH-NUMBER")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("索引号“NO-SUCH-NUMBER”不存在或未公开").contains("value=\"" + typed + "\"")
                .contains("aria-invalid=\"true\"");
        mvc.perform(post("/console/search/answered").with(csrf()).with(admin()).param("question", typed)
                .param("indexNumbers", indexNumber(doc) + "\n")).andExpect(status().is3xxRedirection());
        String listed = mvc.perform(get("/console/search/answered").param("q", m).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listed).contains(typed).contains("/openness/documents/" + doc);
        long id = jdbc.sql("SELECT id FROM search_answered_question WHERE question = :q").param("q", typed)
                .query(Long.class).single();
        mvc.perform(post("/console/search/answered/{id}/delete", id).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_answered_question WHERE id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }
}
