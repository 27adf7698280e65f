package org.gongkai.supervision.submissions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.submissions.BulletinIssueDocx;
import org.gongkai.supervision.submissions.BulletinIssues;
import org.gongkai.supervision.submissions.SubmissionCommands.CompileBulletinIssue;
import org.gongkai.supervision.submissions.SubmissionLifecycle;
import org.gongkai.supervision.submissions.Submissions;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.gongkai.web.FailedAction;
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

/** The office's bulletin issues in the console: the list with the form to compile one, an issue as HTML and DOCX. */
@Controller
class SubmissionIssuePages {

    static final String BASE = "/console/supervision/submission-issues";

    private final CommandDispatcher commands;
    private final Submissions submissions;
    private final BulletinIssues issues;
    private final SupervisionOffice office;

    SubmissionIssuePages(CommandDispatcher commands, Submissions submissions, BulletinIssues issues,
            SupervisionOffice office) {
        this.commands = commands;
        this.submissions = submissions;
        this.issues = issues;
        this.office = office;
    }

    @GetMapping(BASE)
    String list(Model model) {
        return render(model, FailedAction.NONE, List.of());
    }

    @PostMapping(BASE)
    String compile(@RequestParam(required = false) String title,
            @RequestParam(name = "submissionIds", required = false) List<String> ids, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<Long> chosen = new ArrayList<>();
        try {
            for (String id : ids == null ? List.<String>of() : ids) {
                if (!id.matches("\\d{1,18}")) {
                    throw GongkaiException.invalid("submissionIds", "所选信息不正确");
                }
                chosen.add(Long.valueOf(id));
            }
            BulletinIssues.Issue issue = commands.dispatch(new CompileBulletinIssue(title, chosen));
            redirect.addFlashAttribute("notice", "已编印" + issue.heading(submissions.settings().bulletinName()));
            return "redirect:" + BASE + "/" + issue.id();
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(model, FailedAction.of("compile", "title", title).refusedWith(e), chosen);
        }
    }

    private String render(Model model, FailedAction failed, List<Long> chosen) {
        Actor actor = Actor.require();
        if (!submissions.isOffice(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        model.addAttribute("issues", issues.list());
        model.addAttribute("adopted", submissions.list(actor, SubmissionLifecycle.Status.ADOPTED));
        model.addAttribute("chosen", chosen);
        model.addAttribute("names", names());
        model.addAttribute("bulletinName", submissions.settings().bulletinName());
        model.addAttribute("failed", failed);
        return "supervision/submissions/issues";
    }

    @GetMapping(BASE + "/{id}")
    String issue(@PathVariable long id, Model model) {
        if (!submissions.isOffice(Actor.require())) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        BulletinIssues.Issue issue = issues.find(id).orElseThrow(GongkaiException::notFound);
        model.addAttribute("issue", issue);
        model.addAttribute("heading", issue.heading(submissions.settings().bulletinName()));
        model.addAttribute("bulletinName", submissions.settings().bulletinName());
        model.addAttribute("officeName", office.unit(submissions.settings().officeUnit()).map(u -> u.name()).orElse(""));
        return "supervision/submissions/issue";
    }

    @GetMapping(BASE + "/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        if (!submissions.isOffice(Actor.require())) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        BulletinIssues.Issue issue = issues.find(id).orElseThrow(GongkaiException::notFound);
        byte[] bytes = BulletinIssueDocx.write(issue, submissions.settings().bulletinName(),
                office.unit(submissions.settings().officeUnit()).map(u -> u.name()).orElse(""));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bulletin-" + issue.year() + "-"
                        + issue.number() + ".docx\"")
                .body(bytes);
    }

    private java.util.Map<Long, String> names() {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        office.allUnits().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
