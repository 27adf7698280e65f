package org.gongkai.requests;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * What staff can do to a request: the actions of {@link RequestLifecycle#TABLE}. Each has one command record in
 * {@link RequestCommands} and one form on the request page (its {@link #path()} is the console and API path segment).
 */
public enum RequestAction implements Lifecycle.Labelled {
    ACCEPT("受理", "accept"),
    REVIEW("审核完成", "review"),
    REQUEST_CORRECTION("发出补正通知", "correction-request"),
    RECORD_CORRECTION("登记补正到达", "correction"),
    START_CONSULTATION("征求意见", "consultation"),
    END_CONSULTATION("登记收到意见", "consultation-end"),
    EXTEND("延期答复", "extension"),
    SEND_FEE_NOTICE("发出收费通知", "fee-notice"),
    RECORD_PAYMENT("登记缴费", "payment"),
    DECIDE("作出答复", "decision"),
    WITHDRAW("登记撤回", "withdrawal"),
    DELIVER("登记送达", "delivery"),
    ARCHIVE("归档", "archive"),
    ASSIGN("指派承办人", "assignment"),
    TRANSFER("转办", "transfer"),
    ADD_NOTE("添加备注", "notes"),
    ADD_ATTACHMENT("上传附件", "attachments"),
    RECORD_REVIEW("登记行政复议或诉讼", "review-record"),
    CONCLUDE_REVIEW("登记审结结果", "review-result");

    private final String label;
    private final String path;

    RequestAction(String label, String path) {
        this.label = label;
        this.path = path;
    }

    @Override
    public String label() {
        return label;
    }

    /** The path segment of the action's console form. */
    public String path() {
        return path;
    }
}
