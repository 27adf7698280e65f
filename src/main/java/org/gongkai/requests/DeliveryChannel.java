package org.gongkai.requests;

/** How the applicant wants to receive the reply. */
public enum DeliveryChannel {
    EMAIL("电子邮件"),
    POST("邮寄"),
    PICKUP("自行领取"),
    ONLINE("网上获取");

    private final String label;

    DeliveryChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
