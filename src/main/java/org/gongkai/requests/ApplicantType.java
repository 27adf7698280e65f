package org.gongkai.requests;

/** Applicant categories: the six columns of the annual report's table 三 (RULES §1.1). Published. */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    PUBLIC_INTEREST_ORGANISATION("社会公益组织"),
    LEGAL_SERVICE_ORGANISATION("法律服务机构"),
    OTHER_ORGANISATION("其他");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Natural persons prove identity with an ID number; organisations with a unified credit code. */
    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
