package org.gongkai.catalogue;

/** Where a document is in the publication workflow. */
public enum DocumentStatus implements org.gongkai.common.lifecycle.Lifecycle.Labelled {
    DRAFT("草稿"),
    SUBMITTED("待保密审查"),
    REVIEWED("待签发"),
    SIGNED_OFF("已签发待发布"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
