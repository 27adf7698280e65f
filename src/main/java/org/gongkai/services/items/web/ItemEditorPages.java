package org.gongkai.services.items.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.items.ItemCommands;
import org.gongkai.services.items.ItemDiff;
import org.gongkai.services.items.ItemEditing;
import org.gongkai.services.items.ItemVersion;
import org.gongkai.services.items.ItemMaterialFiles;
import org.gongkai.services.items.ItemVersionLifecycle;
import org.gongkai.services.items.MaterialFileKind;
import org.gongkai.services.items.ServiceItem;
import org.gongkai.services.items.VersionAction;
import org.gongkai.files.FileStore;
import org.gongkai.web.FailedAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's item editor (issue #11): the items of the officer's units (and those waiting for the director's
 * review), the editor of one item's guide with its version list and the review forms the lifecycle allows the viewer
 * now, and the field-by-field comparison of two versions. Every post dispatches one {@link ItemCommands} command; a
 * refusal shows the page again with what was typed and the reason at its field.
 */
@Controller
class ItemEditorPages {

    static final String ITEMS = "/console/services/items";

    /** The review forms of the page: path segment → the lifecycle action it runs. */
    static final Map<String, VersionAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("submit", VersionAction.SUBMIT);
        FORMS.put("approve", VersionAction.APPROVE);
        FORMS.put("reject", VersionAction.REJECT);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ItemEditing editing;
    private final ItemEditorViews views;
    private final CommandDispatcher commands;
    private final ItemMaterialFiles materialFiles;

    ItemEditorPages(ItemEditing editing, ItemEditorViews views, CommandDispatcher commands,
            ItemMaterialFiles materialFiles) {
        this.editing = editing;
        this.views = views;
        this.commands = commands;
        this.materialFiles = materialFiles;
    }

    @GetMapping(ITEMS)
    String list(@RequestParam(name = "q", required = false) String q, Model model) {
        Actor actor = Actor.require();
        if (q != null && q.length() > 100) {
            throw GongkaiException.invalid("q", "检索词最多100个字符");
        }
        model.addAttribute("rows", views.rows(actor, q));
        model.addAttribute("waiting", editing.waitingForReview(actor));
        model.addAttribute("q", q);
        return "services/items/list";
    }

    @GetMapping(ITEMS + "/{code}")
    String page(@PathVariable String code, Model model) {
        Actor actor = Actor.require();
        ServiceItem item = editing.readable(actor, code);
        ItemForm form = views.form(editing.latest(item).content(), editing.latest(item).version());
        form.addBlankMaterials(3);
        return render(actor, item, form, model, FailedAction.NONE);
    }

    @PostMapping(ITEMS + "/{code}")
    String save(@PathVariable String code, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = Actor.require();
        ServiceItem item = editing.editable(actor, code);
        if (errors.hasErrors()) {
            response.setStatus(400);
            return render(actor, item, form, model, FailedAction.NONE);
        }
        String content = JSON.writeValueAsString(form.toLine());
        try {
            ItemVersion saved = commands.dispatch(new ItemCommands.SaveItemDraft(code, content, form.getNote(),
                    form.getBaseVersion()));
            redirect.addFlashAttribute("notice", "已保存为第" + saved.version() + "版草稿；提交审核后由政务服务中心主任审核发布");
            return "redirect:" + ITEMS + "/" + code;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            if (e.code() == ErrorCode.ITEM_CONTENT_INVALID) {
                for (ItemEditing.Problem p : editing.read(actor, code, content).problems()) {
                    String field = form.fieldOf(p.field(), p.message());
                    if (field == null) {
                        errors.reject(e.code().name(), p.message());
                    } else {
                        errors.rejectValue(field, e.code().name(), p.message());
                    }
                }
            } else if (e.field() != null && ItemForm.fieldOf(e.field()) != null) {
                errors.rejectValue(ItemForm.fieldOf(e.field()), e.code().name(), e.getMessage());
            } else {
                errors.reject(e.code().name(), e.getMessage());
            }
            return render(actor, item, form, model, FailedAction.NONE);
        }
    }

    @PostMapping(ITEMS + "/{code}/versions/{version}/{form}")
    String act(@PathVariable String code, @PathVariable int version, @PathVariable String form,
            @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!FORMS.containsKey(form)) {
            throw GongkaiException.notFound();
        }
        params.remove("_csrf");
        try {
            ItemVersion v = commands.dispatch(command(code, version, form, params));
            redirect.addFlashAttribute("notice", "第" + v.version() + "版：" + v.status().label());
            return "redirect:" + ITEMS + "/" + code;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            Actor actor = Actor.require();
            ServiceItem item = editing.readable(actor, code);
            ItemForm typed = views.form(editing.latest(item).content(), editing.latest(item).version());
            typed.addBlankMaterials(3);
            return render(actor, item, typed, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    /** Uploads a material's sample or blank form; a refused file comes back at the upload field of that form. */
    @PostMapping(ITEMS + "/{code}/materials/{material}/{kind}")
    String upload(@PathVariable String code, @PathVariable int material, @PathVariable String kind,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MaterialFileKind k = MaterialFileKind.ofPath(kind);
        Actor actor = Actor.require();
        ServiceItem item = editing.editable(actor, code);
        if (k == null) {
            throw GongkaiException.notFound();
        }
        String form = "file-" + material + "-" + k.path();
        try {
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "请选择要上传的文件");
            }
            FileStore.StoredFile stored;
            try (var in = file.getInputStream()) {
                stored = materialFiles.store(in, file.getOriginalFilename());
            } catch (java.io.IOException e) {
                throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
            }
            commands.dispatch(new ItemCommands.AttachMaterialFile(code, material, k, stored.id()));
            redirect.addFlashAttribute("notice", "已上传" + k.label() + "：" + stored.originalName());
            return "redirect:" + ITEMS + "/" + code + "#files";
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            ItemForm typed = views.form(editing.latest(item).content(), editing.latest(item).version());
            typed.addBlankMaterials(3);
            return render(actor, item, typed, model, FailedAction.of(form, "file", "").refusedWith(e));
        }
    }

    @GetMapping(ITEMS + "/{code}/diff")
    String diff(@PathVariable String code, @RequestParam(name = "from", required = false) Integer from,
            @RequestParam(name = "to", required = false) Integer to, Model model) {
        Actor actor = Actor.require();
        ServiceItem item = editing.readable(actor, code);
        int newer = to == null ? editing.latest(item).version() : to;
        int older = from == null ? Math.max(1, item.version() == newer ? newer - 1 : item.version()) : from;
        ItemVersion a = editing.version(item, older).orElseThrow(GongkaiException::notFound);
        ItemVersion b = editing.version(item, newer).orElseThrow(GongkaiException::notFound);
        model.addAttribute("item", item);
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("changes", ItemDiff.between(a.content(), b.content(), views.names()));
        model.addAttribute("versions", editing.versions(item));
        return "services/items/diff";
    }

    static Command command(String code, int version, String form, Map<String, String> p) {
        return switch (form) {
            case "submit" -> new ItemCommands.SubmitItemVersion(code, version);
            case "approve" -> new ItemCommands.ApproveItemVersion(code, version, p.get("note"));
            default -> new ItemCommands.RejectItemVersion(code, version, p.get("reason"));
        };
    }

    private String render(Actor actor, ServiceItem item, ItemForm form, Model model, FailedAction failed) {
        List<ItemVersion> versions = editing.versions(item);
        ItemVersion latest = versions.get(0);
        var allowed = ItemVersionLifecycle.TABLE.allowedActions(latest.status());
        List<String> offered = new ArrayList<>();
        FORMS.forEach((name, action) -> {
            if (allowed.contains(action)
                    && commands.permits(actor, command(item.code(), latest.version(), name, Map.of()))) {
                offered.add(name);
            }
        });
        boolean mayEdit = allowed.contains(VersionAction.SAVE)
                && editing.editableUnits(actor).contains(item.content().unitId());
        model.addAttribute("item", item);
        model.addAttribute("latest", latest);
        model.addAttribute("versions", versions);
        model.addAttribute("offered", offered);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        model.addAttribute("changes", latest.version() == item.version() ? List.of()
                : ItemDiff.between(editing.version(item, item.version()).orElseThrow().content(), latest.content(),
                        views.names()));
        model.addAttribute("materialFiles", materialFiles.rows(item));
        model.addAttribute("mayUpload", editing.editableUnits(actor).contains(item.content().unitId()));
        model.addAttribute("filePolicy", views.filePolicy());
        views.choices(actor, model);
        return "services/items/editor";
    }
}
