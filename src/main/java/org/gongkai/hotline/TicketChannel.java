package org.gongkai.hotline;

/** How a ticket came in. */
public enum TicketChannel {
    PHONE("电话"),
    WEB("网站留言"),
    LETTER("信件"),
    API("接口");

    private final String label;

    TicketChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
