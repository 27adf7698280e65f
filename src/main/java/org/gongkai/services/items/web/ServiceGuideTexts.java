package org.gongkai.services.items.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** Words the guide pages show for codes: online depth Ⅰ–Ⅳ, visits, the steps as a list. */
@Component("serviceGuideTexts")
public class ServiceGuideTexts {

    private static final List<String> DEPTHS = List.of("Ⅰ级（网上公开办事指南）", "Ⅱ级（网上预约、下载表格）",
            "Ⅲ级（网上受理、审批）", "Ⅳ级（全程网办）");

    public String depth(int depth) {
        return depth >= 1 && depth <= 4 ? DEPTHS.get(depth - 1) : "—";
    }

    public String visits(int visits) {
        return visits == 0 ? "零跑动（不用到现场）" : "最多跑 " + visits + " 次";
    }

    /** A text's lines, blank ones dropped. */
    public List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
