package org.gongkai.notify;

/**
 * The SMS port. The default adapter ({@link LoggingSmsSender}) writes a masked line to the log; a deployment with
 * an SMS gateway (运营商短信平台) declares its own bean of this type, which replaces the default. Throwing means
 * "not sent": the outbox retries later.
 */
public interface SmsSender {

    void send(String mobile, String text);
}
