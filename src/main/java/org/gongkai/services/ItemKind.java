package org.gongkai.services;

/** 即办件 (done on the day it is accepted) or 承诺件 (done within the promised limit). */
public enum ItemKind {
    IMMEDIATE("即办件"),
    PROMISED("承诺件");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
