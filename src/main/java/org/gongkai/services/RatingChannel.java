package org.gongkai.services;

/** 好差评 channels: one rating per case and channel. */
public enum RatingChannel {
    WINDOW("窗口评价器"),
    ONLINE("网上评价"),
    SMS("短信评价"),
    AGENT("代办员回访");

    private final String label;

    RatingChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
