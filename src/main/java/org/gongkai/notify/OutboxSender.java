package org.gongkai.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.gongkai.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gongkai.requests.ApplicantContacts;
import org.gongkai.services.cases.ServiceCaseContacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the outbox every few seconds ({@code gongkai.notify.send-interval}, default 10 s), once across the
 * cluster (ShedLock {@code notify-outbox}). Each message is sent and its outcome recorded in its own transaction:
 * sent → SENT and audited {@code NOTIFICATION_SENT}; an error → tried again after a growing delay; after
 * {@code gongkai.notify.max-attempts} → FAILED and audited {@code NOTIFICATION_FAILED}. Audit records name the kind,
 * channel and tracking number, never the address.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final MailGateway mail;
    private final ObjectProvider<SmsSender> sms;
    private final NotifyProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final LockingTaskExecutor executor;
    private final boolean scheduled;
    private final ApplicantContacts applicants;
    private final ServiceCaseContacts serviceCases;
    private final org.gongkai.hotline.HotlineContacts hotline;

    OutboxSender(Outbox outbox, MailGateway mail, ObjectProvider<SmsSender> sms, NotifyProperties properties,
            AuditLog audit, Clock clock, PlatformTransactionManager txManager, DataSource dataSource,
            @Value("${gongkai.notify.scheduled:true}") boolean scheduled, ApplicantContacts applicants,
            ServiceCaseContacts serviceCases, org.gongkai.hotline.HotlineContacts hotline) {
        this.hotline = hotline;
        this.scheduled = scheduled;
        this.applicants = applicants;
        this.serviceCases = serviceCases;
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(txManager);
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime().build()));
    }

    @Scheduled(fixedDelayString = "${gongkai.notify.send-interval:PT10S}", initialDelayString = "PT10S")
    void run() {
        if (!scheduled) {
            return; // tests: only the test that checks delivery runs the sender
        }
        executor.executeWithLock((Runnable) this::sendDue, new LockConfiguration(clock.instant(), "notify-outbox",
                Duration.ofMinutes(10), Duration.ZERO));
    }

    /** Sends every message that is due now; returns how many were sent. */
    int sendDue() {
        int sent = 0;
        for (Outbox.Message message : outbox.due(clock.instant(), properties.batchSize())) {
            if (sendOne(message)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The receipt's access code is filled in only now, at sending (#10): the outbox keeps {@code {{accessCode}}}, so
     * the code is never stored in clear there; it is asked of the requests module ({@link ApplicantContacts}).
     */
    private String withSecrets(Outbox.Message message) {
        if (message.kind() == NotificationKind.SERVICE_CASE_RECEIPT && message.body().contains(QUERY_CODE)) {
            String code = serviceCases.queryCode(message.subjectRef()).orElse("（请查看收件时告知您的查询码）");
            return message.body().replace(QUERY_CODE, code);
        }
        if (message.kind() == NotificationKind.HOTLINE_RECEIPT && message.body().contains(QUERY_CODE)) {
            String code = hotline.queryCode(message.subjectRef()).orElse("（请查看提交时告知您的查询码）");
            return message.body().replace(QUERY_CODE, code);
        }
        if (message.kind() != NotificationKind.REQUEST_RECEIPT || !message.body().contains(ACCESS_CODE)) {
            return message.body();
        }
        String code = applicants.accessCode(message.subjectRef()).orElse("（请查看提交申请时页面上显示的查询码）");
        return message.body().replace(ACCESS_CODE, code);
    }

    static final String ACCESS_CODE = "{{accessCode}}";
    /** The service case receipt's query code, likewise filled in only at sending (issue #11). */
    static final String QUERY_CODE = "{{queryCode}}";

    private boolean sendOne(Outbox.Message message) {
        int attempts = message.attempts() + 1;
        String what = message.kind().label() + "，" + (message.channel() == Outbox.Channel.EMAIL ? "电子邮件" : "短信")
                + "，第 " + attempts + " 次";
        boolean delivered;
        try {
            String body = withSecrets(message);
            delivered = switch (message.channel()) {
                case EMAIL -> mail.send(message.recipient(), message.subject(), body);
                case SMS -> {
                    sms.getIfAvailable(LoggingSmsSender::new).send(message.recipient(), body);
                    yield true;
                }
            };
        } catch (Exception e) { // any failure of the gateway: retried later
            Instant now = clock.instant();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            tx.executeWithoutResult(status -> {
                if (attempts >= properties.maxAttempts()) {
                    outbox.failed(message.id(), attempts, error);
                    audit.recordAs("system", "NOTIFICATION_FAILED", "Notification", message.subjectRef(),
                            AuditLog.Outcome.FAILURE, what + "，已放弃：" + error);
                } else {
                    outbox.retryLater(message.id(), attempts, now.plus(properties.backoff(attempts)), error);
                }
            });
            log.warn("notification {} ({}) not sent, attempt {}: {}", message.id(), message.kind(), attempts, error);
            return false;
        }
        tx.executeWithoutResult(status -> {
            outbox.sent(message.id(), attempts, clock.instant());
            audit.recordAs("system", "NOTIFICATION_SENT", "Notification", message.subjectRef(),
                    AuditLog.Outcome.SUCCESS, delivered ? what : what + "（未配置邮件服务器，仅写入日志）");
        });
        return true;
    }
}
