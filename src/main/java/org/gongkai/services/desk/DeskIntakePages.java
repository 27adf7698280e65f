package org.gongkai.services.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.cases.ServiceCaseCommands.ApplicantInput;
import org.gongkai.services.cases.ServiceCaseCommands.CreateServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.Created;
import org.gongkai.services.desk.DeskCommands.CheckMaterials;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 收件登记 for window staff and village agents (代办员): choose the item, then the applicant and the materials checklist
 * of that item in one form. An agent's station is preselected and the agent's name is recorded by the case module;
 * the query code is shown once after intake (the applicant also gets it by SMS or e-mail) with the receipt to print.
 */
@Controller
class DeskIntakePages {

    static final String NEW = DeskConsolePages.CASES + "/new";

    private final CommandDispatcher commands;
    private final ItemTermsLookup items;
    private final DeskItems catalogue;
    private final DeskQueue stations;
    private final UnitDirectory units;

    DeskIntakePages(CommandDispatcher commands, ItemTermsLookup items, DeskItems catalogue, DeskQueue stations,
            UnitDirectory units) {
        this.commands = commands;
        this.items = items;
        this.catalogue = catalogue;
        this.stations = stations;
        this.units = units;
    }

    @GetMapping(NEW)
    String form(@RequestParam(required = false) String item, Model model) {
        return page(item, model, FailedAction.NONE);
    }

    private String page(String itemCode, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        ItemTerms item = itemCode == null || itemCode.isBlank() ? null : items.byCode(itemCode).orElse(null);
        boolean agent = units.visibleUnits(actor, Role.SERVICE_OFFICER).isEmpty();
        List<DeskQueue.Station> own = stations.stationsOf(units.visibleUnits(actor, Role.SERVICE_OFFICER,
                Role.SERVICE_AGENT));
        model.addAttribute("item", item);
        model.addAttribute("itemUnknown", itemCode != null && !itemCode.isBlank() && item == null);
        model.addAttribute("items", catalogue.published());
        model.addAttribute("agent", agent);
        model.addAttribute("stations", own.stream().map(s -> new FormFields.Option(s.code(), s.name())).toList());
        model.addAttribute("station", own.size() == 1 || agent && !own.isEmpty() ? own.get(0).code() : null);
        model.addAttribute("channels", agent ? List.of(new FormFields.Option("AGENT", "代办员代办"))
                : List.of(new FormFields.Option("WINDOW", "窗口收件"), new FormFields.Option("AGENT", "代办员代办"),
                        new FormFields.Option("ONLINE", "网上申请（代录入）")));
        model.addAttribute("applicantTypes", List.of(new FormFields.Option("PERSON", "个人"),
                new FormFields.Option("ORGANISATION", "法人或其他组织")));
        model.addAttribute("failed", failed);
        return "services/desk/intake";
    }

    @PostMapping(NEW)
    String intake(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> p = params.toSingleValueMap();
        Created created;
        try {
            List<Long> provided = DeskConsolePages.ids(params.get("provided"));
            // the ticks must belong to the item before the case is created (the check itself follows the intake)
            items.byCode(p.get("itemCode")).ifPresent(item -> CaseMaterials.check(item, provided, null, null));
            created = commands.dispatch(new CreateServiceCase(p.get("itemCode"), p.get("channel"),
                    new ApplicantInput(p.get("type"), p.get("name"), p.get("idNumber"), p.get("creditCode"),
                            p.get("phone"), p.get("email")), blankToNull(p.get("stationCode"))));
            commands.dispatch(new CheckMaterials(created.caseNumber(), provided));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            GongkaiException atField = e.field() != null && e.field().startsWith("applicant.")
                    ? new GongkaiException(e.code(), e.getMessage(), e.field().substring("applicant.".length())) : e;
            return page(p.get("itemCode"), model, FailedAction.of("intake", p).refusedWith(atField));
        }
        redirect.addFlashAttribute("notice", "已收件，办件编号 " + created.caseNumber() + "，查询码 " + created.queryCode()
                + "（请告知申请人，查询码只显示这一次；也已通过短信或电子邮件发送）。");
        return "redirect:" + DeskConsolePages.CASES + "/" + created.caseNumber();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
