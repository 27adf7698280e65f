package org.gongkai.hotline;

/**
 * The light of an open ticket in a queue: red (超期) after its due date, yellow (临期) on the working days when the
 * sweeper's reminder is due ({@link HotlineSweep#REMIND_WORKING_DAYS} or fewer left), green (正常) otherwise.
 */
public enum TicketLight {
    GREEN("正常", "light-green"),
    YELLOW("临期", "light-yellow"),
    RED("超期", "light-red");

    private final String label;
    private final String css;

    TicketLight(String label, String css) {
        this.label = label;
        this.css = css;
    }

    public String label() {
        return label;
    }

    public String css() {
        return css;
    }
}
