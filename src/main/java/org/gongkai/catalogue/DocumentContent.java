package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an editor writes: the metadata and the body of a document. {@link #problems()} lists every field that
 * is missing or invalid, with a Chinese message, so a form can show all of them at once.
 */
public record DocumentContent(String title, String summary, String documentNumber, LocalDate writtenOn,
        String topic, InformationCategory category, String genre, List<String> keywords,
        DisclosureMode disclosureMode, Validity validity, LocalDate effectiveFrom, LocalDate effectiveTo,
        Long interpretsId, String body) {

    public static final int TITLE_MAX = 500;

    public record Problem(String field, String message) {}

    public DocumentContent {
        title = strip(title);
        summary = strip(summary);
        documentNumber = strip(documentNumber);
        topic = topic == null || topic.isBlank() ? null : Topics.parse(topic).map(Topics.Topic::code).orElse(topic.strip());
        genre = strip(genre);
        keywords = keywords == null ? List.of()
                : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        disclosureMode = disclosureMode == null ? DisclosureMode.PROACTIVE : disclosureMode;
        validity = validity == null ? Validity.EFFECTIVE : validity;
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new Problem("title", "请填写标题"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new Problem("title", "标题不能超过" + TITLE_MAX + "个字"));
        }
        if (writtenOn == null) {
            problems.add(new Problem("writtenOn", "请填写成文日期（YYYY-MM-DD）"));
        }
        if (topic == null) {
            problems.add(new Problem("topic", "请选择主题分类"));
        } else if (!Topics.isValid(topic)) {
            problems.add(new Problem("topic", "主题分类“" + topic + "”不在国务院主题分类中，应为“一级\\二级”，如“综合政务\\政务公开”"));
        }
        if (category == null) {
            problems.add(new Problem("category", "请选择信息类别"));
        }
        if (genre != null && !Genres.isValid(genre)) {
            problems.add(new Problem("genre", "体裁“" + genre + "”不在体裁列表中"));
        }
        if (documentNumber != null && documentNumber.length() > 200) {
            problems.add(new Problem("documentNumber", "发文字号不能超过200个字"));
        }
        if (keywords.stream().anyMatch(k -> k.length() > 50) || String.join(";", keywords).length() > 1000) {
            problems.add(new Problem("keywords", "主题词过长"));
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            problems.add(new Problem("effectiveTo", "有效期截止日期不能早于生效日期"));
        }
        return problems;
    }

    public Optional<Problem> firstProblem() {
        return problems().stream().findFirst();
    }

    DocumentContent withBody(String newBody) {
        return new DocumentContent(title, summary, documentNumber, writtenOn, topic, category, genre, keywords,
                disclosureMode, validity, effectiveFrom, effectiveTo, interpretsId, newBody);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
