package org.gongkai.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.GongkaiException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates, one per {@link NotificationKind}: defaults shipped under
 * {@code resources/notify/templates/<KIND>.txt}, replaced by the system administrator's version once edited
 * ({@code notify_template}); resetting deletes the edited version. Placeholders are {@code {{name}}}.
 */
@Service
public class MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    /** One template: e-mail subject and body, SMS text; {@code edited} when the administrator changed it. */
    public record Template(NotificationKind kind, String subject, String body, String sms, boolean edited) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<NotificationKind, Template> defaults = new EnumMap<>(NotificationKind.class);

    MessageTemplates(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        for (NotificationKind kind : NotificationKind.values()) {
            defaults.put(kind, readDefault(kind));
        }
    }

    @Transactional(readOnly = true)
    public Template current(NotificationKind kind) {
        return edited(kind).orElse(defaults.get(kind));
    }

    public Template shipped(NotificationKind kind) {
        return defaults.get(kind);
    }

    /** Stores the administrator's version (audited); every placeholder must be one the kind offers. */
    @Transactional
    public void save(NotificationKind kind, String subject, String body, String sms) {
        subject = required(subject, "subject", "请填写邮件主题", 200);
        body = required(body, "body", "请填写邮件正文", 20_000);
        sms = sms == null || sms.isBlank() ? null : sms.strip();
        if (sms != null && sms.length() > 500) {
            throw GongkaiException.invalid("sms", "短信内容不能超过 500 字");
        }
        checkPlaceholders(kind, subject, "subject");
        checkPlaceholders(kind, body, "body");
        if (sms != null) {
            checkPlaceholders(kind, sms, "sms");
        }
        String actor = org.gongkai.common.Actor.current().map(org.gongkai.common.Actor::username).orElse("system");
        int updated = jdbc.sql("UPDATE notify_template SET subject = :s, body = :b, sms = :m, updated_at = :at, "
                + "updated_by = :by WHERE kind = :k")
                .param("s", subject).param("b", body).param("m", sms).param("at", Outbox.ts(clock.instant())).param("by", actor).param("k", kind.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notify_template (kind, subject, body, sms, updated_at, updated_by) "
                    + "VALUES (:k, :s, :b, :m, :at, :by)")
                    .param("k", kind.name()).param("s", subject).param("b", body).param("m", sms)
                    .param("at", Outbox.ts(clock.instant()))
                    .param("by", actor).update();
        }
        audit.success("NOTIFICATION_TEMPLATE_SAVED", "NotificationTemplate", kind.name(), kind.label());
    }

    /** Back to the shipped default (audited). */
    @Transactional
    public void reset(NotificationKind kind) {
        jdbc.sql("DELETE FROM notify_template WHERE kind = :k").param("k", kind.name()).update();
        audit.success("NOTIFICATION_TEMPLATE_RESET", "NotificationTemplate", kind.name(), kind.label());
    }

    /** Replaces every {@code {{name}}} with its value (unknown names stay as they are). */
    static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Optional<Template> edited(NotificationKind kind) {
        return jdbc.sql("SELECT subject, body, sms FROM notify_template WHERE kind = :k").param("k", kind.name())
                .query((rs, n) -> new Template(kind, rs.getString("subject"), rs.getString("body"), rs.getString("sms"),
                        true))
                .optional();
    }

    private static void checkPlaceholders(NotificationKind kind, String text, String field) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                throw GongkaiException.invalid(field, "不认识的占位符 {{" + m.group(1) + "}}，可用的有："
                        + String.join("、", kind.placeholders().stream().map(p -> "{{" + p + "}}").toList()));
            }
        }
    }

    private static String required(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw GongkaiException.invalid(field, message);
        }
        if (value.strip().length() > max) {
            throw GongkaiException.invalid(field, "内容过长（最多 " + max + " 字）");
        }
        return value.strip();
    }

    /** File format: header lines {@code subject: …} and {@code sms: …}, a line {@code ---}, then the body. */
    static Template readDefault(NotificationKind kind) {
        ClassPathResource resource = new ClassPathResource("notify/templates/" + kind.name() + ".txt");
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int cut = text.indexOf("\n---\n");
            if (cut < 0) {
                throw new IllegalStateException("template " + kind + " has no --- line");
            }
            String subject = null;
            String sms = null;
            for (String line : text.substring(0, cut).split("\n")) {
                if (line.startsWith("subject:")) {
                    subject = line.substring("subject:".length()).strip();
                } else if (line.startsWith("sms:")) {
                    sms = line.substring("sms:".length()).strip();
                }
            }
            return new Template(kind, subject, text.substring(cut + 5).strip(), sms, false);
        } catch (IOException e) {
            throw new UncheckedIOException("missing default template " + resource.getPath(), e);
        }
    }
}
