package org.gongkai.search.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.ImportReplies;
import org.gongkai.search.AnsweredQuestions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answered questions for the system administrator (decision 018): import JSON lines, list, delete one, delete a
 * source. Refused rows come back as problem JSON {@code IMPORT_FAILED} with each row's error; nothing is written then.
 */
@RestController
class AnsweredQuestionsApi {

    static final String PATH = "/api/v1/staff/answered-questions";

    private final AnsweredQuestions questions;

    AnsweredQuestionsApi(AnsweredQuestions questions) {
        this.questions = questions;
    }

    @PostMapping(value = PATH, consumes = {"application/x-ndjson", "application/jsonl"})
    @Operation(summary = "导入已答复的问题 / import answered questions", description = """
            每行一个 JSON 对象：{"question": "问题（最多300字）", "indexNumbers": ["答复该问题的文件索引号", …（最多50个）]}；
            一次最多5000行、8MB；全部正确才写入。source 参数为来源名称（如 12345-knowledge），可整体删除后重新导入。""")
    ResponseEntity<Map<String, Object>> importLines(@RequestParam(name = "source", required = false) String source,
            InputStream in) {
        return ImportReplies.reply(questions.importLines(Actor.require(), in, source));
    }

    @GetMapping(PATH)
    @Operation(summary = "已答复的问题列表 / list answered questions")
    Map<String, Object> list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "20") String size) {
        int p = bounded("page", page, 1, 10_000);
        int s = bounded("size", size, 1, 100);
        if (text != null && text.length() > AnsweredQuestions.MAX_QUESTION) {
            throw GongkaiException.invalid("q", "检索词最多" + AnsweredQuestions.MAX_QUESTION + "个字符");
        }
        List<AnsweredQuestions.Entry> entries = questions.list(text, source, (p - 1) * s, s);
        return Map.of("page", p, "size", s, "items", entries);
    }

    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> delete(@PathVariable("id") String id) {
        long value;
        try {
            value = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw GongkaiException.notFound();
        }
        questions.delete(value);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(PATH)
    Map<String, Object> deleteSource(@RequestParam(name = "source") String source) {
        return Map.of("deleted", questions.deleteSource(source));
    }

    private static int bounded(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw GongkaiException.invalid(field, field + " 必须是 " + min + " 到 " + max + " 之间的整数");
    }
}
