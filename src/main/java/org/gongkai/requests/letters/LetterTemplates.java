package org.gongkai.requests.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter templates: stored in {@code requests_letter_template}, seeded from the shipped defaults, edited
 * and restored by the system administrator (audited), previewed with sample data.
 */
@Service
public class LetterTemplates {

    /** A template as listed and edited. */
    public record Template(TemplateKey key, String body, boolean customised, Instant updatedAt, String updatedBy) {

        public String label() {
            return key.label();
        }

        /** When it was last changed, in Beijing time, or "" before seeding. */
        public String updatedAtText() {
            return updatedAt == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(TimeConfiguration.ZONE).format(updatedAt);
        }
    }

    /** One paragraph of a preview; {@code style} is title, flush, body or right. */
    public record PreviewParagraph(String style, String text) {}

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    LetterTemplates(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Inserts the shipped default of every template not in the database yet (idempotent, safe on several nodes). */
    @Transactional
    public void seedDefaults() {
        for (TemplateKey key : TemplateKey.values()) {
            if (find(key).isEmpty()) {
                try {
                    jdbc.sql("INSERT INTO requests_letter_template (template_key, body, customised, updated_at, updated_by)"
                            + " VALUES (?, ?, FALSE, ?, NULL)")
                            .params(key.name(), defaultBody(key), now()).update();
                } catch (DuplicateKeyException anotherNodeWasFaster) {
                    // seeded concurrently
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Template> list() {
        return Arrays.stream(TemplateKey.values()).map(this::get).toList();
    }

    /** The template in use: the stored one, or the shipped default before seeding. */
    @Transactional(readOnly = true)
    public Template get(TemplateKey key) {
        return find(key).orElseGet(() -> new Template(key, defaultBody(key), false, null, null));
    }

    /** Checks and stores an edited template; an unknown placeholder or missing remedies are refused at "body". */
    @Transactional
    public Template save(TemplateKey key, String body) {
        TemplateText.parse(body, key);
        String text = body.replace("\r\n", "\n");
        store(key, text, !text.equals(defaultBody(key)));
        auditLog.success("LETTER_TEMPLATE_UPDATED", "LetterTemplate", key.name(), key.label());
        return get(key);
    }

    /** Puts the shipped default back. */
    @Transactional
    public Template restoreDefault(TemplateKey key) {
        store(key, defaultBody(key), false);
        auditLog.success("LETTER_TEMPLATE_RESTORED", "LetterTemplate", key.name(), key.label() + "：恢复默认模板");
        return get(key);
    }

    /** Renders a (possibly unsaved) template text with sample data; refusals as for {@link #save}. */
    public List<PreviewParagraph> preview(TemplateKey key, String body) {
        TemplateText text = TemplateText.parse(body, key);
        LetterData sample = sample(key);
        return LetterLayout.finish(text.fill(LetterValues.of(sample)), sample.addressee()).stream()
                .map(p -> new PreviewParagraph(p.style().name().toLowerCase(), p.text()))
                .toList();
    }

    /** Data for previews: a fictitious request of the demo county. */
    public static LetterData sample(TemplateKey key) {
        String code = switch (key) {
            case REPLY_DISCLOSED -> "DISCLOSED";
            case REPLY_PARTIALLY_DISCLOSED -> "PARTIALLY_DISCLOSED";
            case REPLY_WITHHELD -> "WITHHELD_THIRD_PARTY_RIGHTS";
            case REPLY_UNAVAILABLE -> "UNAVAILABLE_NOT_HELD";
            case REPLY_NOT_HANDLED -> "NOT_HANDLED_REPEATED";
            case REPLY_OTHER -> "OTHER_NO_CORRECTION";
            default -> null;
        };
        LetterKind kind = key.kind();
        return new LetterData(kind, "GK2025000123", "示例县人民政府办公室", "张三",
                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 20), "2024年示例县城区道路改造工程的招标文件及中标结果",
                code, code == null ? null : "（示例）答复类型", code == null ? null : "（示例）理由说明。",
                Map.ofEntries(
                        Map.entry("correctionItems", "请明确所需信息的名称、文号或者便于查询的其他特征性描述。"),
                        Map.entry("correctionDeadline", "2025-10-17"),
                        Map.entry("extensionDays", "20"),
                        Map.entry("originalDueDate", "2025-10-31"),
                        Map.entry("newDueDate", "2025-11-28"),
                        Map.entry("feeMethod", "按量计收"),
                        Map.entry("feeBreakdown", "第31–100页，每页10.00元，共70页，计700.00元；第101–200页，每页20.00元，共50页，计1000.00元"),
                        Map.entry("amountYuan", "1700.00"),
                        Map.entry("paymentDeadline", "2025-11-18"),
                        Map.entry("paymentInstructions", "到本机关政府信息公开工作机构现场缴纳，或通过非税收入缴款码缴纳。"),
                        Map.entry("consultee", "示例县某建设有限公司"),
                        Map.entry("consultationDeadline", "2025-10-31"),
                        Map.entry("contact", "李四 0000-1234567")),
                LetterRenderer.Addressee.PERSON, new LetterRenderer.Issuer("李四", "0000-1234567", "示例县人民大道2号",
                        "示政办依复〔2025〕12号", "示例县人民政府", "示例县人民法院"));
    }

    /** The shipped default text. */
    public String defaultBody(TemplateKey key) {
        try (InputStream in = new ClassPathResource(key.resource()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("default letter template missing: " + key.resource(), e);
        }
    }

    private Optional<Template> find(TemplateKey key) {
        return jdbc.sql("SELECT body, customised, updated_at, updated_by FROM requests_letter_template"
                + " WHERE template_key = ?")
                .param(key.name())
                .query((rs, n) -> new Template(key, rs.getString(1), rs.getBoolean(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
                .optional();
    }

    private void store(TemplateKey key, String body, boolean customised) {
        String by = Actor.current().map(Actor::username).orElse(null);
        int updated = jdbc.sql("UPDATE requests_letter_template SET body = ?, customised = ?, updated_at = ?,"
                + " updated_by = ? WHERE template_key = ?")
                .params(body, customised, now(), by, key.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO requests_letter_template (template_key, body, customised, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?)")
                    .params(key.name(), body, customised, now(), by).update();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
