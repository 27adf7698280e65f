package org.gongkai.services.items;

/** Where a saved version of an item stands: a draft, waiting for review, approved (published) or rejected. */
public enum VersionStatus implements org.gongkai.common.lifecycle.Lifecycle.Labelled {
    DRAFT("草稿"),
    IN_REVIEW("待审核"),
    APPROVED("已审核发布"),
    REJECTED("已退回");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
