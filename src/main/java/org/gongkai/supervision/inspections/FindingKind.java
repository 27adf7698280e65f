package org.gongkai.supervision.inspections;

import org.gongkai.common.lifecycle.Lifecycle;

/** What a finding is about: recorded by an inspector, or one of the automatic patrol's checks. */
public enum FindingKind implements Lifecycle.Labelled {
    RECORDED("巡查发现"),
    STALE_COLUMN("栏目更新不及时"),
    DEAD_LINK("失效链接"),
    EXPIRED_VALID("过期文件仍标为有效"),
    PERSONAL_DATA("公开内容含个人信息");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
