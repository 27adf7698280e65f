package org.gongkai.services.cases;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * What staff can do to a service case: the actions of {@link ServiceCaseLifecycle#TABLE}. Each has one command in
 * {@link ServiceCaseCommands}; its {@link #path()} is the API (and console) path segment under the case.
 */
public enum CaseAction implements Lifecycle.Labelled {
    ACCEPT("受理", "accept"),
    REFUSE("不予受理", "refuse"),
    SUSPEND("启动特别程序", "suspend"),
    RESUME("特别程序结束", "resume"),
    COMPLETE("办结", "complete"),
    DELIVER("送达", "deliver");

    private final String label;
    private final String path;

    CaseAction(String label, String path) {
        this.label = label;
        this.path = path;
    }

    @Override
    public String label() {
        return label;
    }

    public String path() {
        return path;
    }
}
