package org.gongkai.services.cases;

/** How the result reaches the applicant. */
public enum DeliveryMethod {
    COLLECT("窗口领取"),
    POST("邮寄送达"),
    ONLINE("网上送达");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
