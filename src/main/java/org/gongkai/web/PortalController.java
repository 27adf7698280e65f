package org.gongkai.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal home and the columns' landing pages. */
@Controller
class PortalController {

    /** The 政府信息公开专栏 and the citizen's services the home page links to directly (one click). */
    static final List<Layout.NavItem> OPEN_NOW = List.of(
            new Layout.NavItem("政府信息公开专栏", "/openness"),
            new Layout.NavItem("政府信息公开指南", "/openness/guide"),
            new Layout.NavItem("政府信息公开制度", "/openness/rules"),
            new Layout.NavItem("法定主动公开内容", "/openness/documents"),
            new Layout.NavItem("法律法规", "/openness/laws"),
            new Layout.NavItem("政府信息公开年报", "/openness/annual-reports"),
            new Layout.NavItem("依申请公开", "/openness/apply"),
            new Layout.NavItem("在线申请政府信息公开", "/requests/apply"),
            new Layout.NavItem("申请办理进度查询", "/requests/status"),
            new Layout.NavItem("依申请公开登记", "/requests/register"));

    private final ObjectProvider<PortalHomeContribution> contributions;

    PortalController(ObjectProvider<PortalHomeContribution> contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sections", PortalSection.ALL);
        model.addAttribute("openNow", OPEN_NOW);
        model.addAttribute("blocks", contributions.orderedStream().flatMap(c -> c.blocks().stream())
                .sorted(Comparator.comparingInt(PortalHomeContribution.Block::order)).toList());
        return "web/home";
    }

    @GetMapping("/interaction")
    String interaction(Model model) {
        return section("interaction", model);
    }

    @GetMapping("/data")
    String data(Model model) {
        return section("data", model);
    }

    private static String section(String slug, Model model) {
        model.addAttribute("section", PortalSection.bySlug(slug));
        return "web/section";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }
}
