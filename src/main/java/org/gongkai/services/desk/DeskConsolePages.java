package org.gongkai.services.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.services.cases.CaseQueue;
import org.gongkai.services.cases.CaseStatus;
import org.gongkai.services.cases.DeliveryMethod;
import org.gongkai.services.cases.ServiceCases;
import org.gongkai.services.cases.SuspensionProcedure;
import org.gongkai.services.desk.DeskCommands.AnswerOpinion;
import org.gongkai.services.desk.DeskCommands.CheckMaterials;
import org.gongkai.services.desk.DeskCommands.RequestOpinion;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service desk in the console: the queue by unit and station with lights in words, the case page (clock
 * explained, events, the forms the viewer may use now: the next one first, the others folded in 其他操作), the opinions
 * the viewer's units owe, and the case documents. Every form dispatches a command; a refusal shows the page again with
 * its status, what was typed and the reason at its field.
 */
@Controller
class DeskConsolePages {

    static final String CASES = "/console/services/cases";
    static final String OPINIONS = "/console/services/opinions";

    private final ServiceCases cases;
    private final DeskQueue stations;
    private final DeskViews views;
    private final Opinions opinions;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final CaseDocumentSource sources;
    private final CaseDocuments documents;
    private final Clock time;

    DeskConsolePages(ServiceCases cases, DeskQueue stations, DeskViews views, Opinions opinions,
            CommandDispatcher commands, UnitDirectory units, CaseDocumentSource sources, CaseDocuments documents,
            Clock time) {
        this.cases = cases;
        this.stations = stations;
        this.views = views;
        this.opinions = opinions;
        this.commands = commands;
        this.units = units;
        this.sources = sources;
        this.documents = documents;
        this.time = time;
    }

    static final int PAGE_SIZE = 50;

    /**
     * The queue: the case module's queue of the viewer's scope with the page's filters (status, due date, unit,
     * station); unknown filter values are ignored, a unit outside the scope shows nothing.
     */
    @GetMapping(CASES)
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String due,
            @RequestParam(required = false) String station, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String page, Model model) {
        Actor actor = Actor.require();
        Set<Long> scope = stations.scope(actor);
        Long unitId = parseId(unit);
        unitId = unitId != null && scope.contains(unitId) ? unitId : null;
        CaseStatus state = java.util.Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        CaseQueue.Due dueFilter = "soon".equals(due) ? CaseQueue.Due.DUE_SOON : "overdue".equals(due)
                ? CaseQueue.Due.OVERDUE : "open".equals(due) ? CaseQueue.Due.OPEN : CaseQueue.Due.ALL;
        Long pageNumber = parseId(page);
        String stationCode = station == null || station.isBlank() || station.length() > 40 ? null : station.strip();
        CaseQueue.Page rows = cases.queue(actor, new CaseQueue.Filter(unitId, stationCode, state, dueFilter,
                pageNumber == null || pageNumber > 100_000 ? 1 : pageNumber.intValue(), PAGE_SIZE));
        model.addAttribute("rows", rows.rows().stream().map(r -> new QueueLine(r, DeskTexts.channel(r.channel().name()),
                CaseLights.row(r.status(), r.light(), r.dueDate()))).toList());
        model.addAttribute("result", rows);
        model.addAttribute("pages", (rows.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("selected", Map.of("status", state == null ? "" : state.name(), "due",
                dueFilter == CaseQueue.Due.ALL ? "" : due, "unit", unitId == null ? "" : unitId.toString(), "station",
                stationCode == null ? "" : stationCode));
        model.addAttribute("soonDays", cases.clock().yellowWorkingDays());
        model.addAttribute("statuses", java.util.Arrays.stream(CaseStatus.values())
                .map(s -> new FormFields.Option(s.name(), s.label())).toList());
        model.addAttribute("dues", List.of(new FormFields.Option("open", "办理中（已受理、未办结）"),
                new FormFields.Option("soon", "临期（黄灯）"), new FormFields.Option("overdue", "已超期（红灯）")));
        model.addAttribute("stations", stations.stationsOf(scope).stream()
                .map(s -> new FormFields.Option(s.code(), s.name())).toList());
        model.addAttribute("units", scope.stream().map(units::findById).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(UnitView::name))
                .map(u -> new FormFields.Option(String.valueOf(u.id()), u.name())).toList());
        long[] owed = opinions.openCounts(units.visibleUnits(actor, Role.SERVICE_OFFICER), LocalDate.now(time));
        model.addAttribute("owedOpinions", owed[0]);
        model.addAttribute("owedOverdue", owed[1]);
        return "services/desk/queue";
    }

    /** A queue row with its channel and light in words. */
    record QueueLine(CaseQueue.Row row, String channel, CaseLights.Light light) {}

    @GetMapping(CASES + "/{caseNumber}")
    String page(@PathVariable String caseNumber, Model model) {
        return page(caseNumber, model, FailedAction.NONE);
    }

    private String page(String caseNumber, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        DeskCaseView view = views.page(actor, caseNumber, Boolean.TRUE.equals(model.getAttribute("revealed")));
        model.addAttribute("v", view);
        model.addAttribute("failed", failed);
        model.addAttribute("forms", DeskLifecycleForms.labels());
        model.addAttribute("procedures", java.util.Arrays.stream(SuspensionProcedure.values())
                .map(p -> new FormFields.Option(p.name(), p.label())).toList());
        model.addAttribute("deliveryMethods", java.util.Arrays.stream(DeliveryMethod.values())
                .map(m -> new FormFields.Option(m.name(), m.label())).toList());
        model.addAttribute("opinionUnits", view.allows("opinion") ? opinionUnits(view.header().unitId()) : List.of());
        model.addAttribute("today", LocalDate.now(time));
        return "services/desk/case";
    }

    /** 查看完整信息: audited, then the page shows the applicant's data once in full. */
    @PostMapping(CASES + "/{caseNumber}/reveal")
    String reveal(@PathVariable String caseNumber, RedirectAttributes redirect) {
        views.recordReveal(Actor.require(), caseNumber);
        redirect.addFlashAttribute("revealed", true);
        return "redirect:" + CASES + "/" + caseNumber + "#applicant";
    }

    /** Every form of the case page posts here and dispatches its command. */
    @PostMapping(CASES + "/{caseNumber}/{action}")
    String act(@PathVariable String caseNumber, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> typed = params.toSingleValueMap();
        try {
            commands.dispatch(command(caseNumber, action, params));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return page(caseNumber, model, FailedAction.of(action, typed).refusedWith(e));
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:" + CASES + "/" + caseNumber;
    }

    private Command command(String caseNumber, String action, MultiValueMap<String, String> params) {
        return switch (action) {
            case "materials" -> new CheckMaterials(caseNumber, ids(params.get("provided")));
            case "opinion" -> new RequestOpinion(caseNumber, params.getFirst("unitCode"), params.getFirst("question"),
                    DeskLifecycleForms.integer(params.getFirst("limitDays"), "limitDays"));
            default -> DeskLifecycleForms.command(caseNumber, action, params.toSingleValueMap());
        };
    }

    /** The ticked materials: ids; anything else is refused at the field. */
    static List<Long> ids(List<String> values) {
        List<Long> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    throw GongkaiException.invalid("provided", "材料选择不正确");
                }
            }
        }
        return out;
    }

    @GetMapping(CASES + "/{caseNumber}/documents/{kind}.pdf")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String kind) {
        Actor actor = Actor.require();
        byte[] pdf = switch (kind) {
            case "receipt" -> documents.receipt(sources.receipt(actor, caseNumber));
            case "refusal" -> documents.refusal(sources.refusal(actor, caseNumber));
            case "notice" -> documents.notice(sources.notice(actor, caseNumber));
            default -> throw GongkaiException.notFound();
        };
        return DeskApi.pdf(pdf, caseNumber, kind);
    }

    @GetMapping(OPINIONS)
    String owed(Model model) {
        return owed(model, FailedAction.NONE);
    }

    private String owed(Model model, FailedAction failed) {
        LocalDate today = LocalDate.now(time);
        model.addAttribute("rows", opinions.openFor(units.visibleUnits(Actor.require(), Role.SERVICE_OFFICER), 500)
                .stream().map(o -> new DeskCaseView.OpinionLine(o, views.unitName(o.unitId()), o.overdue(today)))
                .toList());
        model.addAttribute("failed", failed);
        return "services/desk/opinions";
    }

    @PostMapping(OPINIONS + "/{caseNumber}/{id}")
    String answer(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(required = false) String answer, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            commands.dispatch(new AnswerOpinion(caseNumber, id, answer));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return owed(model, FailedAction.of("answer-" + id, "answer", answer).refusedWith(e));
        }
        redirect.addFlashAttribute("notice", "已答复办件 " + caseNumber + " 的征求意见");
        return "redirect:" + OPINIONS;
    }

    private List<FormFields.Option> opinionUnits(long ownUnit) {
        return units.findAll().stream().filter(u -> u.id() != ownUnit && !u.isExternalIssuer())
                .sorted(java.util.Comparator.comparing(UnitView::name))
                .map(u -> new FormFields.Option(u.creditCode(), u.name())).toList();
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
