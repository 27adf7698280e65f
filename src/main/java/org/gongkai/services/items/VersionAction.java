package org.gongkai.services.items;

import org.gongkai.common.lifecycle.Lifecycle;

/** What can be done to an item's latest version: save the editor's content, submit it, approve or reject it. */
public enum VersionAction implements Lifecycle.Labelled {
    SAVE("保存草稿"),
    SUBMIT("提交审核"),
    APPROVE("审核通过并发布"),
    REJECT("退回修改");

    private final String label;

    VersionAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
