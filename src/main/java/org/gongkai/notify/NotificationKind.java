package org.gongkai.notify;

import java.util.List;

/** What a message is about: one editable template each, with the placeholders it may use. */
public enum NotificationKind {
    REQUEST_RECEIPT("申请回执（申请人）", List.of("trackingNumber", "accessCode", "unitName", "statusUrl", "siteName")),
    REPLY_DELIVERED("答复送达（申请人）", List.of("trackingNumber", "unitName", "statusUrl", "deliveredOn", "siteName")),
    DEADLINE_APPROACHING("答复期限临近（承办人）",
            List.of("trackingNumber", "unitName", "dueOn", "workingDaysLeft", "consoleUrl", "siteName")),
    REQUEST_OVERDUE("已超过答复期限（承办人）", List.of("trackingNumber", "unitName", "dueOn", "consoleUrl", "siteName")),
    SERVICE_CASE_RECEIPT("办件回执（申请人）",
            List.of("caseNumber", "queryCode", "itemName", "unitName", "statusUrl", "siteName")),
    SERVICE_CASE_DUE_SOON("办件临期（政务服务人员）",
            List.of("caseNumber", "unitName", "dueOn", "workingDaysLeft", "consoleUrl", "siteName")),
    SERVICE_CASE_OVERDUE("办件超期（政务服务人员）", List.of("caseNumber", "unitName", "dueOn", "consoleUrl", "siteName")),
    HOTLINE_RECEIPT("12345 工单回执（来电人）", List.of("ticketNumber", "queryCode", "dueOn", "statusUrl", "siteName")),
    HOTLINE_REPLY("12345 工单答复通知（来电人）", List.of("ticketNumber", "statusUrl", "siteName")),
    HOTLINE_DISPATCHED("12345 工单派单（承办单位）",
            List.of("ticketNumber", "unitName", "role", "consoleUrl", "siteName")),
    HOTLINE_URGED("12345 工单催办（承办单位）", List.of("ticketNumber", "unitName", "urgeCount", "consoleUrl", "siteName")),
    HOTLINE_DUE_SOON("12345 工单临期（承办单位）",
            List.of("ticketNumber", "unitName", "dueOn", "workingDaysLeft", "consoleUrl", "siteName")),
    HOTLINE_OVERDUE("12345 工单超期（承办单位）", List.of("ticketNumber", "unitName", "dueOn", "consoleUrl", "siteName")),
    HOTLINE_ACCEPT_LATE("12345 工单超时未签收（承办单位和热线中心）",
            List.of("ticketNumber", "unitName", "acceptDue", "consoleUrl", "siteName")),
    SUPERVISION_TASK_ASSIGNED("督办任务交办（承办单位）",
            List.of("taskNumber", "unitName", "dueOn", "consoleUrl", "siteName")),
    SUPERVISION_TASK_RETURNED("督办任务退回整改（承办单位）", List.of("taskNumber", "unitName", "consoleUrl", "siteName")),
    SUPERVISION_TASK_URGED("督办任务催办（承办单位）",
            List.of("taskNumber", "unitName", "urgeCount", "dueOn", "consoleUrl", "siteName")),
    SUPERVISION_TASK_ACCEPTED("督办任务验收通过（承办单位）", List.of("taskNumber", "unitName", "consoleUrl", "siteName")),
    SUPERVISION_TASK_ESCALATED("督办任务逾期通报（承办单位）",
            List.of("taskNumber", "unitName", "dueOn", "consoleUrl", "siteName")),
    SUPERVISION_TASK_REPORTED("督办任务待验收（督查人员）", List.of("taskNumber", "unitName", "consoleUrl", "siteName")),
    SUPERVISION_BULLETIN("督查月通报发布（各单位）",
            List.of("documentNumber", "title", "period", "unitName", "bulletinUrl", "consoleUrl", "siteName"));

    private final String label;
    private final List<String> placeholders;

    NotificationKind(String label, List<String> placeholders) {
        this.label = label;
        this.placeholders = placeholders;
    }

    public String label() {
        return label;
    }

    /** The names usable as {@code {{name}}} in this kind's subject, body and SMS text. */
    public List<String> placeholders() {
        return placeholders;
    }
}
