package org.gongkai.reports;

/** The national formats: 2021 (国办公开办函〔2021〕30号) is current; 2019 (trial) only for importing old reports. */
public enum ReportFormat {
    F2019("2019"),
    F2021("2021");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    /** As the API and imports write it: {@code "2021"}. */
    public String code() {
        return code;
    }

    public static ReportFormat parse(String code) {
        for (ReportFormat f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        return null;
    }
}
