package org.gongkai.notify;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail address a staff member wants reminders at (optional, set by themselves on the inbox page; SM4-encrypted
 * in {@code notify_staff_contact}). Without one, reminders reach the in-app inbox only.
 */
@Service
public class StaffContacts {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditLog audit;

    StaffContacts(JdbcClient jdbc, FieldCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<String> email(long staffId) {
        return jdbc.sql("SELECT email_enc FROM notify_staff_contact WHERE staff_id = :s").param("s", staffId)
                .query(String.class).optional().map(cipher::decrypt).filter(e -> !e.isBlank());
    }

    /** Sets (or, when blank, removes) the staff member's reminder address; audited without the address. */
    @Transactional
    public void setEmail(long staffId, String email, Instant now) {
        String value = email == null ? "" : email.strip();
        if (!value.isEmpty() && (value.length() > 200 || !EMAIL.matcher(value).matches())) {
            throw GongkaiException.invalid("email", "请填写有效的电子邮箱地址，例如 zhangsan@example.gov.cn");
        }
        jdbc.sql("DELETE FROM notify_staff_contact WHERE staff_id = :s").param("s", staffId).update();
        if (!value.isEmpty()) {
            jdbc.sql("INSERT INTO notify_staff_contact (staff_id, email_enc, updated_at) VALUES (:s, :e, :at)")
                    .param("s", staffId).param("e", cipher.encrypt(value)).param("at", Outbox.ts(now)).update();
        }
        audit.success("NOTIFICATION_EMAIL_SET", "StaffContact", staffId,
                value.isEmpty() ? "取消提醒邮箱" : "设置提醒邮箱");
    }
}
