package org.gongkai.requests.letters.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.letters.LetterRenderer;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterTemplates;
import org.gongkai.requests.letters.LetterTemplates.PreviewParagraph;
import org.gongkai.requests.letters.Placeholder;
import org.gongkai.requests.letters.TemplateKey;
import org.gongkai.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's letter templates: list, edit with a preview, restore the default. */
@Controller
@RequestMapping("/console/requests/letter-templates")
class LetterTemplatesController {

    private final LetterTemplates templates;
    private final LetterRenderer renderer;

    LetterTemplatesController(LetterTemplates templates, LetterRenderer renderer) {
        this.templates = templates;
        this.renderer = renderer;
    }

    /** The edit form as typed. */
    public static class TemplateForm {
        @jakarta.validation.constraints.Size(max = 20_000)
        private String body;

        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        return "requests/letters/templates";
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        TemplateKey template = key(key);
        TemplateForm form = new TemplateForm();
        form.setBody(templates.get(template).body());
        model.addAttribute("form", form);
        model.addAttribute("preview", templates.preview(template, form.getBody()));
        return editPage(template, model);
    }

    /** Saves, or with {@code action=preview} only shows how the typed text would look. */
    @PostMapping("/{key}")
    String save(@PathVariable String key, @RequestParam(defaultValue = "save") String action,
            @jakarta.validation.Valid @ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        TemplateKey template = key(key);
        if (result.hasErrors()) { // longer than the declared maximum: shown at the field, nothing previewed or saved
            model.addAttribute("preview", List.<PreviewParagraph>of());
            return editPage(template, model);
        }
        try {
            if (action.equals("preview")) {
                model.addAttribute("preview", templates.preview(template, form.getBody()));
                model.addAttribute("previewOnly", true);
                return editPage(template, model);
            }
            templates.save(template, form.getBody());
            redirect.addFlashAttribute("message", "已保存“" + template.label() + "”");
            return "redirect:/console/requests/letter-templates/" + template.name();
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            model.addAttribute("preview", List.<PreviewParagraph>of());
            return editPage(template, model);
        }
    }

    @PostMapping("/{key}/restore")
    String restore(@PathVariable String key, RedirectAttributes redirect) {
        TemplateKey template = key(key);
        templates.restoreDefault(template);
        redirect.addFlashAttribute("message", "已将“" + template.label() + "”恢复为默认模板");
        return "redirect:/console/requests/letter-templates/" + template.name();
    }

    /** The saved template rendered with sample data, as the applicant would receive it. */
    @GetMapping("/{key}/sample.{format:pdf|docx}")
    ResponseEntity<byte[]> sample(@PathVariable String key, @PathVariable String format) {
        LetterData data = LetterTemplates.sample(key(key));
        boolean pdf = format.equals("pdf");
        byte[] content = pdf ? renderer.pdf(data) : renderer.docx(data);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("示例-" + renderer.fileName(data, format), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private String editPage(TemplateKey template, Model model) {
        model.addAttribute("template", templates.get(template));
        model.addAttribute("placeholders", Placeholder.values());
        return "requests/letters/template-edit";
    }

    private static TemplateKey key(String key) {
        return TemplateKey.parse(key).orElseThrow(GongkaiException::notFound);
    }
}
