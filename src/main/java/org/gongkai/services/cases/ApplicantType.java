package org.gongkai.services.cases;

/** Who applies: a person (identity number) or an organisation (unified social credit code). */
public enum ApplicantType {
    PERSON("个人"),
    ORGANISATION("法人或其他组织");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
