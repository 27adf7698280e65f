package org.gongkai.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail over SMTP with Spring Boot's {@link JavaMailSender} ({@code spring.mail.*}). When no
 * {@code spring.mail.host} is configured Boot creates no sender: the message is logged (recipient masked) and
 * counts as sent, so a demo or test installation needs no mail server.
 */
@Component
class MailGateway {

    private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifyProperties properties;

    MailGateway(ObjectProvider<JavaMailSender> sender, NotifyProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the message; false when no mail server is configured and it was only logged. */
    boolean send(String to, String subject, String body) throws MessagingException, MailException {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("e-mail (no spring.mail.host configured, not sent) to {}: {}", mask(to), subject);
            return false;
        }
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        mail.send(message);
        return true;
    }

    static String mask(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
