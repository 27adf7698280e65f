package org.gongkai.requests;

/** The form in which the applicant wants the information (《条例》第二十九条). */
public enum DeliveryForm {
    PAPER("纸质"),
    ELECTRONIC("电子");

    private final String label;

    DeliveryForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
