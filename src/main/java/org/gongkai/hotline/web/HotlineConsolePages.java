package org.gongkai.hotline.web;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.TakeTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineLifecycle;
import org.gongkai.hotline.HotlineService;
import org.gongkai.hotline.TicketAction;
import org.gongkai.hotline.TicketChannel;
import org.gongkai.hotline.TicketStatus;
import org.gongkai.hotline.Urgency;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hotline's console: the queue (the centre's dispatch, arbitration, closing and callback queues, or a unit's
 * inbox), the operator's intake screen with the caller's history and the suggested unit, and the ticket page with
 * exactly the action forms the viewer may use now.
 */
@Controller
class HotlineConsolePages {

    /** The queues by name: what the centre or the unit works on. */
    static final Map<String, Set<TicketStatus>> QUEUES = Map.of(
            "dispatch", EnumSet.of(TicketStatus.RECEIVED),
            "returned", EnumSet.of(TicketStatus.RETURNED),
            "handling", EnumSet.of(TicketStatus.DISPATCHED, TicketStatus.ACCEPTED),
            "replied", EnumSet.of(TicketStatus.REPLIED),
            "callback", EnumSet.of(TicketStatus.CLOSED),
            "done", EnumSet.of(TicketStatus.CALLED_BACK, TicketStatus.MERGED));

    /** The overdue list (超期工单): open tickets past their due date, whatever their status. */
    static final String OVERDUE = "overdue";

    private final HotlineService service;
    private final CommandDispatcher commands;
    private final UnitDirectory units;

    HotlineConsolePages(HotlineService service, CommandDispatcher commands, UnitDirectory units) {
        this.service = service;
        this.commands = commands;
        this.units = units;
    }

    @GetMapping("/console/hotline")
    String queue(@RequestParam(required = false) String queue, Model model) {
        Actor actor = Actor.require();
        boolean centre = service.isCentre(actor);
        String name = queue != null && (QUEUES.containsKey(queue) || OVERDUE.equals(queue)) ? queue
                : centre ? "dispatch" : "handling";
        model.addAttribute("centre", centre);
        model.addAttribute("queue", name);
        List<org.gongkai.hotline.TicketLine> rows = OVERDUE.equals(name) ? service.overdue(actor)
                : service.queue(actor, QUEUES.get(name));
        model.addAttribute("rows", rows);
        Map<String, org.gongkai.hotline.TicketLight> lights = new java.util.HashMap<>();
        rows.forEach(r -> lights.put(r.number(), service.light(r)));
        model.addAttribute("lights", lights);
        model.addAttribute("labels", service.settings().categories());
        return "hotline/queue";
    }

    @GetMapping("/console/hotline/new")
    String intake(@RequestParam(required = false) String phone, @RequestParam(required = false) String topic,
            Model model) {
        IntakeForm form = new IntakeForm();
        form.setCallerPhone(phone);
        form.setTopic(topic);
        model.addAttribute("form", form);
        return intakePage(model, phone, topic);
    }

    /**
     * The intake form's second button, 查找相似 (works without JavaScript): the page again with what was typed, the
     * caller's earlier tickets, similar open tickets by text and address, and the suggested unit; nothing is stored.
     */
    @PostMapping(value = "/console/hotline/new", params = "similar")
    String lookAround(@Valid @ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (result.getFieldErrors().stream().anyMatch(e -> "Size".equals(e.getCode()))) {
            response.setStatus(400); // an over-long field is refused at its field before anything is looked up
            return intakePage(model, null, null);
        }
        // only a lookup: fields not typed yet are not errors here (the intake itself still requires them)
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form",
                new org.springframework.validation.BeanPropertyBindingResult(form, "form"));
        String text = String.join("\n", form.getTitle() == null ? "" : form.getTitle(),
                form.getContent() == null ? "" : form.getContent());
        model.addAttribute("similar", service.similarOpen(Actor.require(), text, form.getAddress()));
        model.addAttribute("answers", service.knowledge(Actor.require(), text));
        model.addAttribute("guides", service.knowledgeGuides(Actor.require(), text));
        model.addAttribute("lookedSimilar", true);
        return intakePage(model, form.getCallerPhone(), form.getTopic());
    }

    @PostMapping("/console/hotline/new")
    String take(@Valid @ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.answersAtOnce() && !"CONSULTATION".equalsIgnoreCase(String.valueOf(form.getCategory()).strip())) {
            result.rejectValue("answer", "HOTLINE_CENTRE_ANSWERS_CONSULTATIONS_ONLY",
                    "中心只能直接答复咨询类诉求，其他诉求须派单办理");
        }
        if (!result.hasErrors()) {
            try {
                Taken taken = commands.dispatch(new TakeTicket(form.input(), form.channel()));
                String answered = "";
                if (form.answersAtOnce()) { // the centre answers a consultation itself: reply and close at once
                    commands.dispatch(new HotlineCommands.ReplyTicket(taken.ticketNumber(), form.getAnswer().strip()));
                    commands.dispatch(new HotlineCommands.CloseTicket(taken.ticketNumber()));
                    answered = "并已直接答复、办结";
                }
                redirect.addFlashAttribute("success", "已受理" + answered + "，工单编号 " + taken.ticketNumber()
                        + "，查询码 " + taken.queryCode() + "（请告知来电人）");
                return "redirect:/console/hotline/tickets/" + taken.ticketNumber();
            } catch (GongkaiException e) {
                String field = IntakeForm.field(e.field());
                result.addError(field == null ? new org.springframework.validation.ObjectError("form", e.getMessage())
                        : new FieldError("form", field, result.getRawFieldValue(field), false,
                                new String[] {e.code().name()}, null, e.getMessage()));
            }
        }
        return intakePage(model, form.getCallerPhone(), form.getTopic());
    }

    private String intakePage(Model model, String phone, String topic) {
        Actor actor = Actor.require();
        if (!service.isCentre(actor)) {
            throw new GongkaiException(org.gongkai.common.ErrorCode.FORBIDDEN, "只有 12345 热线中心受理登记");
        }
        model.addAttribute("categories", service.settings().categories().entrySet().stream()
                .map(e -> new FormFields.Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("urgencies", List.of(Urgency.values()));
        model.addAttribute("channels", List.of(TicketChannel.values()));
        boolean lookup = phone != null && !phone.isBlank() && phone.length() <= 20;
        model.addAttribute("history", lookup ? service.callerHistory(actor, phone) : List.of());
        model.addAttribute("looked", lookup);
        model.addAttribute("suggested", topic == null || topic.length() > 100 ? null
                : service.suggestedUnit(topic).orElse(null));
        return "hotline/intake";
    }

    @GetMapping("/console/hotline/tickets/{n}")
    String ticket(@PathVariable String n, Model model) {
        return page(n, FailedAction.NONE, model);
    }

    @PostMapping("/console/hotline/tickets/{n}/{action}")
    String act(@PathVariable String n, @PathVariable String action, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, String> typed = new java.util.HashMap<>(params);
        typed.remove("_csrf");
        String[] coUnits = request.getParameterValues("coUnitCodes"); // a multiple select sends one value each
        if (coUnits != null) {
            typed.put("coUnitCodes", String.join(",", coUnits));
        }
        FailedAction form = FailedAction.of(action, typed);
        try {
            commands.dispatch(TicketActionForms.command(action, n, typed));
            redirect.addFlashAttribute("success", "已" + label(action));
            return "redirect:/console/hotline/tickets/" + n;
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return page(n, form.refusedWith(e), model);
        }
    }

    private static String label(String path) {
        for (TicketAction a : TicketAction.values()) {
            if (a.path().equals(path)) {
                return a.label();
            }
        }
        return "办理";
    }

    private String page(String n, FailedAction failed, Model model) {
        HotlineService.TicketView v = service.view(Actor.require(), n);
        TicketAction next = HotlineLifecycle.next(TicketStatus.valueOf(v.status()));
        String primary = next != null && v.allowedActions().contains(next.path()) ? next.path()
                : v.allowedActions().isEmpty() ? null : v.allowedActions().get(0);
        model.addAttribute("v", v);
        model.addAttribute("n", v.ticketNumber());
        model.addAttribute("primary", primary);
        model.addAttribute("others", v.allowedActions().stream().filter(p -> !p.equals(primary)).toList());
        model.addAttribute("failed", failed);
        model.addAttribute("openOthers", failed.refused() && !failed.is(primary == null ? "" : primary));
        model.addAttribute("units", units.findAll().stream().filter(u -> !u.isExternalIssuer())
                .filter(u -> !u.creditCode().equals(service.settings().centreUnit()))
                .map(u -> new FormFields.Option(u.creditCode(), u.name())).toList());
        model.addAttribute("suggested", service.suggestedUnit(v.topic()).map(UnitDirectory.UnitView::creditCode)
                .orElse(null));
        model.addAttribute("satisfactions", List.of(new FormFields.Option("5", "5 非常满意"),
                new FormFields.Option("4", "4 满意"), new FormFields.Option("3", "3 基本满意"),
                new FormFields.Option("2", "2 不满意"), new FormFields.Option("1", "1 非常不满意")));
        model.addAttribute("yesNo", List.of(new FormFields.Option("true", "是"), new FormFields.Option("false", "否")));
        // a model value, not a bean reference: fragment parameters are evaluated in Thymeleaf's restricted mode
        model.addAttribute("maxExtensionDays", service.settings().maxExtensionDays());
        return "hotline/ticket";
    }
}
