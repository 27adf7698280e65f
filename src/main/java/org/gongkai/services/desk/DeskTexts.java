package org.gongkai.services.desk;

import java.util.Map;

/** Words the desk shows for stored constants (status, channel) until the case module's enums are at hand. */
final class DeskTexts {

    private DeskTexts() {}

    private static final Map<String, String> STATUS = Map.of("RECEIVED", "已收件", "ACCEPTED", "已受理",
            "SUSPENDED", "特别程序中", "REFUSED", "不予受理", "COMPLETED", "已办结", "DELIVERED", "已送达");
    private static final Map<String, String> CHANNEL = Map.of("WINDOW", "窗口收件", "ONLINE", "网上申请",
            "AGENT", "代办员代办");

    static String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    static String channel(String channel) {
        return CHANNEL.getOrDefault(channel, channel);
    }
}
