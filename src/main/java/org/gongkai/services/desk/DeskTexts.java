package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.Map;

/** Words the desk shows for stored constants (status, channel, ledger entries) on pages and in documents. */
final class DeskTexts {

    private DeskTexts() {}

    private static final Map<String, String> STATUS = Map.of("RECEIVED", "已收件", "ACCEPTED", "已受理",
            "SUSPENDED", "特别程序中", "REFUSED", "不予受理", "COMPLETED", "已办结", "DELIVERED", "已送达");
    private static final Map<String, String> CHANNEL = Map.of("WINDOW", "窗口收件", "ONLINE", "网上申请",
            "AGENT", "代办员代办");
    private static final Map<String, String> EVENT = Map.of("RECEIVED", "收件", "ACCEPTED", "受理", "REFUSED",
            "不予受理", "SUSPENDED", "特别程序开始", "RESUMED", "特别程序结束", "COMPLETED", "办结", "DELIVERED", "送达",
            "REMINDED", "临期提醒", "OVERDUE", "超期");
    private static final Map<String, String> PROCEDURE = Map.of("PUBLIC_NOTICE", "公示", "TESTING", "检测",
            "EXPERT_REVIEW", "专家评审", "HEARING", "听证", "SITE_INSPECTION", "现场勘查");
    private static final Map<String, String> DELIVERY = Map.of("COLLECT", "窗口领取", "POST", "邮寄送达", "ONLINE",
            "网上送达");

    static String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    static String channel(String channel) {
        return CHANNEL.getOrDefault(channel, channel);
    }

    static String event(String type) {
        return EVENT.getOrDefault(type, type);
    }

    static String procedure(String procedure) {
        return procedure == null ? "特别程序" : PROCEDURE.getOrDefault(procedure, procedure);
    }

    /** A ledger entry in plain words for the applicant and the officer. */
    static String explain(String type, String procedure, LocalDate until, String detail) {
        String words = switch (type == null ? "" : type) {
            case "RECEIVED" -> "已收到申请材料";
            case "ACCEPTED" -> "申请材料齐全、符合法定形式，予以受理，开始计时";
            case "REFUSED" -> "决定不予受理" + (detail == null ? "" : "：" + detail);
            case "SUSPENDED" -> "开始" + procedure(procedure) + "，所需时间不计入办理时限"
                    + (until == null ? "" : "（预计 " + until + " 结束）");
            case "RESUMED" -> "特别程序结束，继续计时";
            case "COMPLETED" -> "已办结" + (detail == null ? "" : "：" + detail);
            case "DELIVERED" -> "办理结果已送达" + (detail == null ? "" : "（" + DELIVERY.getOrDefault(detail, detail) + "）");
            case "REMINDED" -> "临近办结期限" + (until == null ? "" : " " + until) + "，已提醒承办人";
            case "OVERDUE" -> "已超过办结期限" + (until == null ? "" : " " + until);
            default -> detail == null ? "" : detail;
        };
        return words;
    }
}
