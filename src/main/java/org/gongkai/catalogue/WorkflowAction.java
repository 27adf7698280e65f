package org.gongkai.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What a user (or the scheduled sweeper) asks the workflow to do; the API path uses {@link #path()}. */
public enum WorkflowAction {
    SUBMIT("submit", "提交审查"),
    REVIEW("review", "保密审查通过"),
    RETURN("return", "退回修改"),
    SIGN_OFF("sign-off", "签发"),
    PUBLISH("publish", "发布"),
    SCHEDULE("schedule", "定时发布"),
    UNSCHEDULE("unschedule", "取消定时"),
    REVISE("revise", "修改已发布文件"),
    WITHDRAW("withdraw", "撤回");

    private final String path;
    private final String label;

    WorkflowAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkflowAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
