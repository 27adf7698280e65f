package org.gongkai.services.cases;

/** The entries of a case's ledger ({@code services_case_event.event_type}). */
public enum CaseEventType {
    RECEIVED("收件"),
    ACCEPTED("受理"),
    REFUSED("不予受理"),
    SUSPENDED("特别程序开始"),
    RESUMED("特别程序结束"),
    COMPLETED("办结"),
    DELIVERED("送达"),
    REMINDED("临期提醒"),
    OVERDUE("超期");

    private final String label;

    CaseEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
