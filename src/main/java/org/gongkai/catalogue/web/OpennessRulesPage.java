package org.gongkai.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 政府信息公开制度: the national rules the 专栏 works under and how the county applies them (#10). */
@Controller
class OpennessRulesPage {

    @GetMapping("/openness/rules")
    String rules(Model model, HttpServletRequest request) {
        model.addAttribute("meta", Meta.column("政府信息公开制度",
                "政府信息公开的法律依据和本县政府信息公开工作制度", "政府信息公开条例,公开制度,保密审查", request));
        return "catalogue/portal/rules";
    }
}
