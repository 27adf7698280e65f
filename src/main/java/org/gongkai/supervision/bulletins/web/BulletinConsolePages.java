package org.gongkai.supervision.bulletins.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.bulletins.Bulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.ApproveBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.EditBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.GenerateBulletin;
import org.gongkai.supervision.bulletins.BulletinCommands.PublishBulletin;
import org.gongkai.supervision.bulletins.BulletinDocuments;
import org.gongkai.supervision.bulletins.BulletinLifecycle;
import org.gongkai.supervision.bulletins.BulletinLifecycle.Action;
import org.gongkai.supervision.bulletins.Bulletins;
import org.gongkai.web.FailedAction;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of the monthly bulletin: the list with the form to generate a month's draft, and a bulletin's
 * page with its text, the supervisor's edit form (a refusal keeps what was typed and names the field in Chinese), the
 * head's approval and the supervisor's publication — only what the lifecycle and the server allow is offered.
 */
@Controller
class BulletinConsolePages {

    static final String BASE = "/console/supervision/bulletins";

    private final CommandDispatcher commands;
    private final Bulletins bulletins;
    private final BulletinDocuments documents;

    BulletinConsolePages(CommandDispatcher commands, Bulletins bulletins, BulletinDocuments documents) {
        this.commands = commands;
        this.bulletins = bulletins;
        this.documents = documents;
    }

    @GetMapping(BASE)
    String list(Model model) {
        return listPage(model, FailedAction.NONE);
    }

    @PostMapping(BASE)
    String generate(@RequestParam(required = false) String period, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Bulletin b = commands.dispatch(new GenerateBulletin(period));
            redirect.addFlashAttribute("notice", "已生成通报草稿 " + b.documentNumber());
            return "redirect:" + BASE + "/" + b.id();
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return listPage(model, FailedAction.of("generate", "period", period).refusedWith(e));
        }
    }

    private String listPage(Model model, FailedAction failed) {
        Actor actor = Actor.require();
        model.addAttribute("bulletins", bulletins.list(actor));
        model.addAttribute("mayGenerate", commands.permits(actor, new GenerateBulletin("")));
        model.addAttribute("failed", failed);
        return "supervision/bulletins/console-list";
    }

    @GetMapping(BASE + "/{id}")
    String page(@PathVariable long id, Model model) {
        return render(id, model, FailedAction.NONE);
    }

    @GetMapping(BASE + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Bulletin b = staffRead(id);
        return file(documents.pdf(b), MediaType.APPLICATION_PDF, b, "pdf");
    }

    @GetMapping(BASE + "/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Bulletin b = staffRead(id);
        return file(documents.docx(b), MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), b, "docx");
    }

    @PostMapping(BASE + "/{id}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "edit", params, model, response, redirect);
    }

    @PostMapping(BASE + "/{id}/approve")
    String approve(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "approve", Map.of(), model, response, redirect);
    }

    @PostMapping(BASE + "/{id}/publish")
    String publish(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "publish", Map.of(), model, response, redirect);
    }

    private String act(long id, String form, Map<String, String> submitted, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> params = new java.util.HashMap<>(submitted);
        params.remove("_csrf");
        try {
            commands.dispatch(command(id, form, params));
            redirect.addFlashAttribute("notice", switch (form) {
                case "approve" -> "已审定";
                case "publish" -> "已发布，已通知各单位";
                default -> "已保存";
            });
            return "redirect:" + BASE + "/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(id, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    static Command command(long id, String form, Map<String, String> p) {
        return switch (form) {
            case "approve" -> new ApproveBulletin(id);
            case "publish" -> new PublishBulletin(id);
            default -> new EditBulletin(id, p.get("title"), p.get("intro"), p.get("remarks"));
        };
    }

    private Bulletin staffRead(long id) {
        Actor actor = Actor.require();
        if (!bulletins.isStaff(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        return bulletins.readable(actor, id);
    }

    private String render(long id, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        Bulletin b = staffRead(id);
        var allowed = BulletinLifecycle.TABLE.allowedActions(b.status());
        model.addAttribute("b", b);
        model.addAttribute("doc", documents.document(b));
        model.addAttribute("mayEdit", allowed.contains(Action.EDIT)
                && commands.permits(actor, command(id, "edit", Map.of())));
        model.addAttribute("mayApprove", allowed.contains(Action.APPROVE)
                && commands.permits(actor, command(id, "approve", Map.of())));
        model.addAttribute("mayPublish", allowed.contains(Action.PUBLISH)
                && commands.permits(actor, command(id, "publish", Map.of())));
        model.addAttribute("failed", failed);
        return "supervision/bulletins/console-page";
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, Bulletin b, String ext) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("督查通报-" + b.period() + "." + ext, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").body(content);
    }
}
