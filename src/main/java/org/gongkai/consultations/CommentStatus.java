package org.gongkai.consultations;

/** A comment's moderation: received (only staff see it), published (its guarded copy is public), or hidden. */
public enum CommentStatus {
    RECEIVED("待审核"),
    PUBLISHED("已公开"),
    HIDDEN("不予公开");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
