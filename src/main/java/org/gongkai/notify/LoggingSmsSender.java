package org.gongkai.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Default SMS adapter: logs the message with the number masked (no gateway configured). */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String mobile, String text) {
        log.info("SMS (no gateway configured, not sent) to {}: {}", mask(mobile), hideCodes(text));
    }

    /** The log never shows an access code (#10): "查询码 ABCDEFGH23" is logged as "查询码 **********". */
    static String hideCodes(String text) {
        return text == null ? null : text.replaceAll("(查询码[：:]?\\s*)[A-Za-z0-9]+", "$1**********");
    }

    static String mask(String mobile) {
        if (mobile == null || mobile.length() < 7) {
            return "***";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
