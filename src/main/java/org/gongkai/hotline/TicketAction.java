package org.gongkai.hotline;

import org.gongkai.common.lifecycle.Lifecycle;

/** What staff do to a ticket; each is one command and one endpoint. */
public enum TicketAction implements Lifecycle.Labelled {
    DISPATCH("派单", "dispatch"),
    ACCEPT("签收", "accept"),
    RETURN("退单", "return"),
    ARBITRATE("退单仲裁", "arbitrate"),
    CONTRIBUTE("提交协办意见", "contribute"),
    REQUEST_EXTENSION("申请延期", "extension-request"),
    EXTEND("批准延期", "extend"),
    URGE("催办", "urge"),
    REPLY("答复", "reply"),
    CLOSE("办结", "close"),
    CALLBACK("回访", "callback"),
    REOPEN("重新办理", "reopen"),
    MERGE("合并重复工单", "merge");

    private final String label;
    private final String path;

    TicketAction(String label, String path) {
        this.label = label;
        this.path = path;
    }

    @Override
    public String label() {
        return label;
    }

    /** The last segment of the action's endpoint, {@code /api/v1/staff/hotline/tickets/{n}/<path>}. */
    public String path() {
        return path;
    }
}
