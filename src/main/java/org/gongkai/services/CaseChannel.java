package org.gongkai.services;

/** Where a case was taken in: at a window, online, or by a village agent on a resident's behalf. */
public enum CaseChannel {
    WINDOW("窗口"),
    ONLINE("网上"),
    AGENT("代办");

    private final String label;

    CaseChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
