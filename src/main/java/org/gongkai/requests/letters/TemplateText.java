package org.gongkai.requests.letters;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.common.GongkaiException;

/**
 * A letter template: plain text, one paragraph per line, with {@code {{name}}} placeholders from
 * {@link Placeholder} and nothing else — no expressions, no markup. A line starting with {@code "# "} is the
 * title (several such lines make a title of several lines), {@code "^ "} the 文号 line, {@code "| "} a paragraph
 * flush left (the addressee), {@code ">> "} a paragraph set right (signature and date); every other non-empty line
 * is a body paragraph.
 */
final class TemplateText {

    static final int MAX_LENGTH = 20_000;
    static final String FIELD = "body";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
    /** A short label, a colon and one placeholder: "计算明细：{{feeBreakdown}}。". */
    private static final Pattern LABELLED = Pattern.compile(
            "[^{}：]{1,12}：\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}[。；]?");
    /** A value substituted for a missing placeholder, so that the printed letter can be completed by hand. */
    static final String BLANK = "＿＿＿＿＿＿";

    enum Style { TITLE, NUMBER, FLUSH, BODY, RIGHT }

    /**
     * A paragraph; {@code rightIndent} (in characters of the body size) places a set-right line, e.g. the
     * signature and date of GB/T 9704 (see {@link LetterLayout#signature}).
     */
    record Paragraph(Style style, String text, double rightIndent) {

        Paragraph(Style style, String text) {
            this(style, text, 0);
        }

        Paragraph withText(String newText) {
            return new Paragraph(style, newText, rightIndent);
        }

        Paragraph withRightIndent(double chars) {
            return new Paragraph(style, text, chars);
        }
    }

    private final List<Paragraph> lines;

    private TemplateText(List<Paragraph> lines) {
        this.lines = lines;
    }

    /** Parses and checks a template; refusals name the field {@code body} with a Chinese message. */
    static TemplateText parse(String body, TemplateKey key) {
        if (body == null || body.isBlank()) {
            throw GongkaiException.invalid(FIELD, "模板内容不能为空");
        }
        if (body.length() > MAX_LENGTH) {
            throw GongkaiException.invalid(FIELD, "模板内容不能超过 " + MAX_LENGTH + " 个字符");
        }
        Set<String> used = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            (Placeholder.byKey(name).isPresent() ? used : unknown).add(name);
        }
        if (!unknown.isEmpty()) {
            throw GongkaiException.invalid(FIELD, "模板中有未知的占位符："
                    + String.join("、", unknown.stream().map(n -> "{{" + n + "}}").toList()) + "。请只使用下方列出的占位符");
        }
        String rest = PLACEHOLDER.matcher(body).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw GongkaiException.invalid(FIELD, "占位符写法不正确：应为 {{名称}}，名称只能由英文字母和数字组成，例如 {{unitName}}");
        }
        if (!used.contains(Placeholder.UNIT_NAME.key())) {
            throw GongkaiException.invalid(FIELD, "模板必须包含行政机关名称占位符 {{unitName}}");
        }
        if (key.isReply() && !(body.contains("行政复议") && body.contains("行政诉讼"))) {
            throw GongkaiException.invalid(FIELD, "答复书必须告知申请人救济途径：申请行政复议（60日内）和提起行政诉讼（6个月内）");
        }
        List<Paragraph> lines = new ArrayList<>();
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# ")) {
                lines.add(new Paragraph(Style.TITLE, line.substring(2).strip()));
            } else if (line.startsWith("^ ")) {
                lines.add(new Paragraph(Style.NUMBER, line.substring(2).strip()));
            } else if (line.startsWith(">> ")) {
                lines.add(new Paragraph(Style.RIGHT, line.substring(3).strip()));
            } else if (line.startsWith("| ")) {
                lines.add(new Paragraph(Style.FLUSH, line.substring(2).strip()));
            } else {
                lines.add(new Paragraph(Style.BODY, line));
            }
        }
        if (lines.stream().noneMatch(p -> p.style() == Style.TITLE)) {
            throw GongkaiException.invalid(FIELD, "模板需要一行以“# ”开头的标题，例如“# 政府信息公开申请答复书”");
        }
        return new TemplateText(List.copyOf(lines));
    }

    /**
     * The letter's paragraphs with every placeholder replaced by its value as plain text (one pass: a value
     * that itself looks like a placeholder stays literal). Line breaks in a value start new paragraphs of the
     * same style. A value that is missing prints as a blank to fill in by hand, except that a paragraph
     * consisting of nothing but that placeholder is left out.
     */
    List<Paragraph> fill(Map<Placeholder, String> values) {
        Function<String, String> lookup = name -> Placeholder.byKey(name)
                .map(values::get)
                .filter(v -> !v.isBlank())
                .orElse(BLANK);
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph line : lines) {
            Matcher whole = PLACEHOLDER.matcher(line.text());
            if (whole.matches() && lookup.apply(whole.group(1)).equals(BLANK)) {
                continue; // a paragraph that is only an absent optional value (e.g. no reasons) is left out
            }
            Matcher labelled = LABELLED.matcher(line.text());
            if (labelled.matches() && lookup.apply(labelled.group(1)).equals(BLANK)) {
                continue; // so is a short "label：{{value}}" line without its value (e.g. 计算明细)
            }
            Matcher m = PLACEHOLDER.matcher(line.text());
            StringBuilder text = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(text, Matcher.quoteReplacement(lookup.apply(m.group(1))));
            }
            m.appendTail(text);
            for (String part : text.toString().split("\\R")) {
                if (!part.isBlank()) {
                    out.add(new Paragraph(line.style(), part.strip()));
                }
            }
        }
        return out;
    }
}
