package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;
import org.junit.jupiter.api.Test;

/** The placeholder syntax: a fixed list of names, plain-text values, no evaluation. */
class TemplateTextTest {

    @Test
    void fillsPlaceholdersAndKeepsLineStyles() {
        TemplateText text = TemplateText.parse("# 标题\n| {{applicantName}}：\n{{unitName}}决定。\n>> {{ unitName }}",
                TemplateKey.EXTENSION_NOTICE);

        List<Paragraph> out = text.fill(Map.of(Placeholder.UNIT_NAME, "示例县教育局", Placeholder.APPLICANT_NAME, "张三"));

        assertThat(out).containsExactly(new Paragraph(Style.TITLE, "标题"), new Paragraph(Style.FLUSH, "张三："),
                new Paragraph(Style.BODY, "示例县教育局决定。"), new Paragraph(Style.RIGHT, "示例县教育局"));
    }

    @Test
    void valuesAreNeverEvaluatedAgain() {
        TemplateText text = TemplateText.parse("# 标题\n{{unitName}}：{{reasons}}", TemplateKey.EXTENSION_NOTICE);

        List<Paragraph> out = text.fill(Map.of(Placeholder.UNIT_NAME, "$1 \\ ${T(java.lang.Runtime)}",
                Placeholder.REASONS, "{{unitName}}"));

        assertThat(out.get(1).text()).isEqualTo("$1 \\ ${T(java.lang.Runtime)}：{{unitName}}");
    }

    @Test
    void missingValueIsABlankAndAnAbsentOptionalParagraphIsLeftOut() {
        TemplateText text = TemplateText.parse("# 标题\n{{unitName}}于{{newDueDate}}前答复。\n{{reasons}}",
                TemplateKey.EXTENSION_NOTICE);

        List<Paragraph> out = text.fill(Map.of(Placeholder.UNIT_NAME, "示例县教育局"));

        assertThat(out).extracting(Paragraph::text).containsExactly("标题", "示例县教育局于" + TemplateText.BLANK + "前答复。");
    }

    @Test
    void lineBreaksInAValueBecomeParagraphs() {
        TemplateText text = TemplateText.parse("# 标题\n{{unitName}}\n{{reasons}}", TemplateKey.EXTENSION_NOTICE);

        List<Paragraph> out = text.fill(Map.of(Placeholder.UNIT_NAME, "局", Placeholder.REASONS, "一、甲\n二、乙"));

        assertThat(out).extracting(Paragraph::text).containsExactly("标题", "局", "一、甲", "二、乙");
    }

    @Test
    void refusesUnknownOrMalformedPlaceholdersAndMissingEssentials() {
        assertRefused("# 标题\n{{unitName}}{{idNumber}}", TemplateKey.FEE_NOTICE, "{{idNumber}}");
        assertRefused("# 标题\n{{unitName}}{{T(java.lang.Runtime).exec('x')}}", TemplateKey.FEE_NOTICE, "占位符写法不正确");
        assertRefused("# 标题\n{{unitName}} {{ unitName", TemplateKey.FEE_NOTICE, "占位符写法不正确");
        assertRefused("# 标题\n没有机关名称", TemplateKey.FEE_NOTICE, "{{unitName}}");
        assertRefused("{{unitName}}", TemplateKey.FEE_NOTICE, "标题");
        assertRefused("  ", TemplateKey.FEE_NOTICE, "不能为空");
        assertRefused("# 答复书\n{{unitName}}可以申请行政复议。", TemplateKey.REPLY_WITHHELD, "行政诉讼");
    }

    @Test
    void everyShippedTemplateIsValid() {
        LetterTemplates templates = new LetterTemplates(null, null, null);
        for (TemplateKey key : TemplateKey.values()) {
            TemplateText.parse(templates.defaultBody(key), key);
        }
    }

    @Test
    void replyTemplatesFollowTheDecisionGroup() {
        assertThat(TemplateKey.of(LetterRenderer.LetterKind.REPLY, "WITHHELD_STATE_SECRET"))
                .isEqualTo(TemplateKey.REPLY_WITHHELD);
        assertThat(TemplateKey.of(LetterRenderer.LetterKind.REPLY, "OTHER")).isEqualTo(TemplateKey.REPLY_OTHER);
        assertThat(TemplateKey.of(LetterRenderer.LetterKind.REPLY, "NOT_HANDLED_REPEATED"))
                .isEqualTo(TemplateKey.REPLY_NOT_HANDLED);
        assertThat(TemplateKey.of(LetterRenderer.LetterKind.FEE_NOTICE, null)).isEqualTo(TemplateKey.FEE_NOTICE);
    }

    private static void assertRefused(String body, TemplateKey key, String message) {
        assertThatThrownBy(() -> TemplateText.parse(body, key))
                .isInstanceOfSatisfying(GongkaiException.class, e -> {
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
