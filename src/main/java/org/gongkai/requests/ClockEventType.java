package org.gongkai.requests;

/** What can happen on a request's statutory clock, in the words the citizen sees. */
public enum ClockEventType {
    RECEIVED("收到申请"),
    CORRECTION_REQUESTED("补正通知"),
    CORRECTION_RECEIVED("补正到达"),
    CONSULTATION_STARTED("征求第三方意见"),
    CONSULTATION_ENDED("收到第三方意见"),
    EXTENDED("延期答复"),
    FEE_NOTICE("收费通知"),
    FEE_PAID("缴纳费用"),
    DECIDED("作出答复"),
    DELIVERED("送达");

    private final String label;

    ClockEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
