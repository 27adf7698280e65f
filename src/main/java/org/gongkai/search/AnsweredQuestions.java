package org.gongkai.search;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.BoundedInput;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answered questions (decision 018): a question as people ask it, and the published documents (by 索引号) that answer
 * it — imported by the system administrator from a 12345 knowledge base, the register of answered requests or a
 * curated list, as JSON lines {@code {"question": "…", "indexNumbers": ["…"]}}, all rows or none. Each import names its
 * {@code source}, so a source can be replaced as a whole. Search ranks with them through {@link AnsweredQuestionIndex}.
 */
@Component
public class AnsweredQuestions {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_DOCUMENTS = 50;
    public static final int MAX_ROWS = 5_000;
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final int MAX_INDEX_NUMBER = 100;
    private static final Pattern SOURCE = Pattern.compile("[\\p{L}\\p{N}_.-]{1,40}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answered question as listed: its answers are document ids. */
    public record Entry(long id, String question, String source, OffsetDateTime createdAt, List<Long> documents) {}

    private record Row(int line, String question, List<String> indexNumbers) {}

    private final JdbcClient jdbc;
    private final PublishedDocuments documents;
    private final AnsweredQuestionIndex index;
    private final AuditLog auditLog;
    private final Clock clock;

    AnsweredQuestions(JdbcClient jdbc, PublishedDocuments documents, AnsweredQuestionIndex index, AuditLog auditLog,
            Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.index = index;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The source name, checked: letters, digits, {@code _ . -}, at most 40. */
    public static String source(String source) {
        String s = source == null || source.isBlank() ? "api" : source.strip();
        if (!SOURCE.matcher(s).matches()) {
            throw GongkaiException.invalid("source", "来源名称只能包含字母、数字、下划线、点和连字符，最多40个字符");
        }
        return s;
    }

    /** Imports JSON lines: every row is checked first; nothing is written unless every row is right. */
    @Transactional
    public ImportReport importLines(Actor actor, InputStream in, String source) {
        String src = source(source);
        List<Row> rows = new ArrayList<>();
        ImportReport.Errors errors = new ImportReport.Errors();
        TableReader.jsonLines(BoundedInput.of(in, MAX_BYTES), MAX_ROWS, (line, text) -> parse(line, text, rows, errors));
        Set<String> wanted = new LinkedHashSet<>();
        rows.forEach(r -> wanted.addAll(r.indexNumbers()));
        Map<String, PublishedDocuments.Reference> found = new LinkedHashMap<>();
        documents.referencesByIndexNumber(wanted).forEach(r -> found.put(r.indexNumber(), r));
        for (Row r : rows) {
            for (String number : r.indexNumbers()) {
                if (!found.containsKey(number)) {
                    errors.add(r.line(), "indexNumbers", "索引号“" + number + "”不存在或未公开");
                }
            }
        }
        ImportReport report = errors.report(rows.size(), rows.size());
        if (!report.completed()) {
            return report;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Row r : rows) {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO search_answered_question (question, source, created_at, created_by) "
                    + "VALUES (:q, :s, :at, :by)").param("q", r.question()).param("s", src).param("at", now)
                    .param("by", actor.staffId()).update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            for (String number : new LinkedHashSet<>(r.indexNumbers())) {
                PublishedDocuments.Reference doc = found.get(number);
                jdbc.sql("INSERT INTO search_answered_link (question_id, document_id, work) VALUES (:q, :d, :w)")
                        .param("q", id).param("d", doc.id()).param("w", AnswerFactors.workOf(doc.title())).update();
            }
        }
        auditLog.success("SEARCH_ANSWERED_IMPORTED", "AnsweredQuestion", src, rows.size() + " questions");
        afterCommitReload();
        return report;
    }

    /**
     * Adds one answered question typed in the console ({@code indexNumbers}: one per line, or separated by commas);
     * a refusal names the field that caused it.
     */
    @Transactional
    public void add(Actor actor, String question, String indexNumbers, String source) {
        List<String> numbers = indexNumbers == null ? List.of() : java.util.Arrays.stream(indexNumbers.split("[,，\\s]+"))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        String line = JSON.writeValueAsString(Map.of("question", question == null ? "" : question,
                "indexNumbers", numbers));
        ImportReport report = importLines(actor, new java.io.ByteArrayInputStream(
                line.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source == null || source.isBlank()
                ? "console" : source);
        if (!report.completed()) {
            ImportReport.RowError first = report.errors().get(0);
            throw GongkaiException.invalid(first.column().isEmpty() ? "question" : first.column(), first.message());
        }
    }

    private static void parse(int line, String text, List<Row> rows, ImportReport.Errors errors) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            errors.add(line, "", "不是有效的 JSON 对象");
            return;
        }
        if (node == null || !node.isObject()) {
            errors.add(line, "", "不是有效的 JSON 对象");
            return;
        }
        JsonNode q = node.get("question");
        String question = q == null || !q.isString() ? "" : SearchSemantics.clean(q.asString().length() > MAX_QUESTION * 2
                ? q.asString().substring(0, MAX_QUESTION * 2) : q.asString());
        boolean ok = true;
        if (question.isBlank()) {
            errors.add(line, "question", "请填写问题");
            ok = false;
        } else if (q.asString().strip().length() > MAX_QUESTION) {
            errors.add(line, "question", "问题最多" + MAX_QUESTION + "个字符");
            ok = false;
        }
        JsonNode numbers = node.get("indexNumbers");
        List<String> list = new ArrayList<>();
        if (numbers == null || !numbers.isArray() || numbers.isEmpty()) {
            errors.add(line, "indexNumbers", "请填写答复该问题的文件索引号（至少一个）");
            ok = false;
        } else if (numbers.size() > MAX_DOCUMENTS) {
            errors.add(line, "indexNumbers", "每个问题最多关联" + MAX_DOCUMENTS + "个文件");
            ok = false;
        } else {
            for (JsonNode n : numbers) {
                String s = n.isString() ? n.asString().strip() : "";
                if (s.isEmpty() || s.length() > MAX_INDEX_NUMBER) {
                    errors.add(line, "indexNumbers", "索引号必须是不超过" + MAX_INDEX_NUMBER + "个字符的文本");
                    ok = false;
                    break;
                }
                list.add(s);
            }
        }
        if (ok) {
            rows.add(new Row(line, q.asString().replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").strip(), List.copyOf(list)));
        }
    }

    /** Newest first, at most {@code size} from {@code offset}; {@code text} filters by a part of the question. */
    public List<Entry> list(String text, String source, int offset, int size) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        List<Entry> entries = jdbc.sql("SELECT id, question, source, created_at FROM search_answered_question "
                + "WHERE (CAST(:like AS VARCHAR(1000)) IS NULL OR question LIKE :like ESCAPE '\\') "
                + "AND (CAST(:source AS VARCHAR(40)) IS NULL OR source = :source) "
                + "ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("like", like).param("source", source == null || source.isBlank() ? null : source(source))
                .param("offset", Math.max(0, offset)).param("size", Math.max(1, Math.min(100, size)))
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), new ArrayList<>())).list();
        if (!entries.isEmpty()) {
            Map<Long, Entry> byId = new LinkedHashMap<>();
            entries.forEach(e -> byId.put(e.id(), e));
            jdbc.sql("SELECT question_id, document_id FROM search_answered_link WHERE question_id IN (:ids) "
                    + "ORDER BY question_id, document_id").param("ids", byId.keySet())
                    .query(rs -> {
                        byId.get(rs.getLong(1)).documents().add(rs.getLong(2));
                    });
        }
        return entries;
    }

    @Transactional
    public void delete(long id) {
        int n = jdbc.sql("DELETE FROM search_answered_question WHERE id = :id").param("id", id).update();
        if (n == 0) {
            throw GongkaiException.notFound();
        }
        auditLog.success("SEARCH_ANSWERED_DELETED", "AnsweredQuestion", id, null);
        afterCommitReload();
    }

    /** Deletes every answered question of a source (before importing its new version); returns how many. */
    @Transactional
    public int deleteSource(String source) {
        String src = source(source);
        jdbc.sql("DELETE FROM search_answered_link WHERE question_id IN "
                + "(SELECT id FROM search_answered_question WHERE source = :s)").param("s", src).update();
        int n = jdbc.sql("DELETE FROM search_answered_question WHERE source = :s").param("s", src).update();
        auditLog.success("SEARCH_ANSWERED_SOURCE_DELETED", "AnsweredQuestion", src, n + " questions");
        afterCommitReload();
        return n;
    }

    private void afterCommitReload() {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        index.reload();
                    }
                });
    }
}
