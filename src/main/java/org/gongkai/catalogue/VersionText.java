package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;

/** The lines of a published version compared by the diff: metadata first, then the body's paragraphs. */
final class VersionText {

    private VersionText() {}

    static List<String> lines(PublishedVersion v) {
        List<String> lines = new ArrayList<>();
        lines.add("标题：" + v.title());
        lines.add("发文字号：" + nz(v.documentNumber()));
        lines.add("主题分类：" + v.topic());
        lines.add("信息类别：" + v.category().label());
        lines.add("体裁：" + nz(v.genre()));
        lines.add("主题词：" + String.join("；", v.keywords()));
        lines.add("内容概述：" + nz(v.summary()));
        lines.addAll(BodyHtml.lines(v.body()));
        return lines;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
