package org.gongkai.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalogue.Attachment;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.InterpretationPart;
import org.gongkai.catalogue.InterpretationParts;
import org.gongkai.catalogue.PublicCatalogue;
import org.gongkai.catalogue.PublicCatalogue.Filter;
import org.gongkai.catalogue.PublicCatalogue.PublicView;
import org.gongkai.catalogue.SpreadsheetTables;
import org.gongkai.catalogue.TablePreviews;
import org.gongkai.catalogue.Topics;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's 「政府信息公开」 column: 指南, 法定主动公开内容, 政策文件, document pages and downloads. */
@Controller
class PortalPages {

    static final DateTimeFormatter PUB_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final PublicCatalogue catalogue;
    private final CatalogueService service;
    private final UnitDirectory units;
    private final TablePreviews previews;
    private final org.gongkai.organisation.ReadingPlaces readingPlaces;
    private final InterpretationParts interpretationParts;
    private final List<org.gongkai.catalogue.DocumentPageLinks> pageLinks;

    PortalPages(PublicCatalogue catalogue, CatalogueService service, UnitDirectory units, TablePreviews previews,
            org.gongkai.organisation.ReadingPlaces readingPlaces, InterpretationParts interpretationParts,
            List<org.gongkai.catalogue.DocumentPageLinks> pageLinks) {
        this.interpretationParts = interpretationParts;
        this.readingPlaces = readingPlaces;
        this.pageLinks = pageLinks;
        this.catalogue = catalogue;
        this.service = service;
        this.units = units;
        this.previews = previews;
    }

    @GetMapping("/openness")
    String column(Model model, HttpServletRequest request) {
        model.addAttribute("latest", catalogue.browse(Filter.local(), 1, 10));
        model.addAttribute("policies", catalogue.browse(new Filter(null, null, null, null, true, false), 1, 8));
        model.addAttribute("years", catalogue.years());
        model.addAttribute("units", publishingUnits());
        model.addAttribute("meta", Meta.column("政府信息公开", "政府信息公开指南、法定主动公开内容、政策文件和政府信息公开年报",
                "政府信息公开,公开指南,公开目录,政策文件", request));
        return "catalogue/portal/column";
    }

    @GetMapping("/openness/guide")
    String guides(Model model, HttpServletRequest request) {
        model.addAttribute("units", units.findAll().stream().filter(u -> !u.isExternalIssuer()).toList());
        model.addAttribute("counts", catalogue.countsByUnit());
        model.addAttribute("meta", Meta.column("政府信息公开指南", "各单位政府信息公开指南", "公开指南", request));
        return "catalogue/portal/guides";
    }

    @GetMapping("/openness/guide/{unitId}")
    String guide(@PathVariable long unitId, Model model, HttpServletRequest request) {
        UnitView unit = units.findById(unitId).filter(u -> !u.isExternalIssuer())
                .orElseThrow(GongkaiException::notFound); // external issuers keep their guides on their own sites
        model.addAttribute("unit", unit);
        model.addAttribute("count", catalogue.countsByUnit().getOrDefault(unitId, 0L));
        model.addAttribute("topics", Topics.classes().keySet());
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("places", readingPlaces.all());
        model.addAttribute("meta", Meta.column(unit.name() + "政府信息公开指南",
                unit.name() + "政府信息公开指南：信息分类、获取方式和工作机构", "公开指南," + unit.name(), request));
        return "catalogue/portal/guide";
    }

    @GetMapping("/openness/reading-places")
    String readingPlaces(Model model, HttpServletRequest request) {
        model.addAttribute("places", readingPlaces.all());
        model.addAttribute("meta", Meta.column("政府信息查阅点", "可以查阅政府信息的地点：政府信息公开查阅室、图书馆、档案馆和政务服务大厅",
                "查阅点,政府信息查阅,图书馆,档案馆", request));
        return "catalogue/portal/reading-places";
    }

    @GetMapping("/openness/documents")
    String browse(@RequestParam Optional<Long> unit, @RequestParam Optional<String> topic,
            @RequestParam Optional<String> category, @RequestParam Optional<Integer> year,
            @RequestParam(defaultValue = "false") boolean policy, @RequestParam(defaultValue = "1") int page,
            Model model, HttpServletRequest request) {
        InformationCategory c = category.filter(s -> !s.isBlank()).flatMap(InformationCategory::parse).orElse(null);
        String t = topic.filter(s -> !s.isBlank()).orElse(null);
        // the county's own documents; an external issuer's only when asked for by unit (the 法律法规 column links them)
        Filter filter = new Filter(unit.orElse(null), t, c, year.orElse(null), policy, unit.isPresent() ? null : false);
        model.addAttribute("result", catalogue.browse(filter, page, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("units", publishingUnits());
        model.addAttribute("topics", Topics.all().stream().collect(java.util.stream.Collectors.groupingBy(
                Topics.Topic::top, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("years", catalogue.years());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("policy", policy);
        model.addAttribute("meta", Meta.column(policy ? "政策文件" : "法定主动公开内容",
                "按发布机构、主题分类、信息类别和年度浏览主动公开的政府信息", "主动公开,政府信息,政策文件", request));
        return "catalogue/portal/browse";
    }

    @GetMapping("/openness/policies")
    String policies() {
        return "redirect:/openness/documents?policy=true";
    }

    @GetMapping("/openness/documents/{id}")
    String document(@PathVariable long id, Model model, HttpServletRequest request) {
        PublicView view = catalogue.view(id).orElseThrow(GongkaiException::notFound);
        model.addAttribute("doc", view);
        if (view.withdrawn()) {
            model.addAttribute("meta", Meta.column("法定主动公开内容", "已撤回的政府信息", "撤回", request));
            return "catalogue/portal/tombstone";
        }
        model.addAttribute("tables", tables(view.attachments()));
        model.addAttribute("parts", interpretationParts.published(id));
        model.addAttribute("pageLinks", pageLinks.stream().flatMap(l -> l.links(id).stream()).toList());
        model.addAttribute("meta", Meta.article(view, PUB_DATE.format(view.publishedAt() == null
                ? view.publishedOn().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant() : view.publishedAt()), request));
        return "catalogue/portal/document";
    }

    @GetMapping("/openness/attachments/{id}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id) {
        Attachment a = service.publicAttachment(id).orElseThrow(GongkaiException::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(a.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(service.openAttachment(a)));
    }

    /** The picture of an image part of a public interpretation's public version (shown inline, never sniffed). */
    @GetMapping("/openness/interpretation-images/{id}")
    ResponseEntity<InputStreamResource> interpretationImage(@PathVariable long id) {
        InterpretationPart p = interpretationParts.publicImage(id).orElseThrow(GongkaiException::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(p.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(p.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(interpretationParts.open(p)));
    }

    @GetMapping("/openness/attachments/{id}/table")
    ResponseEntity<byte[]> tableCsv(@PathVariable long id, @RequestParam(defaultValue = "0") int sheet) {
        Attachment a = service.publicAttachment(id).filter(Attachment::isSpreadsheet)
                .orElseThrow(GongkaiException::notFound);
        TablePreviews.Csv csv = previews.csv(a, sheet).orElseThrow(GongkaiException::notFound);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(csv.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(csv.bytes());
    }

    /** Per spreadsheet attachment: its stored table previews (empty when the file cannot be read). */
    private Map<Long, List<SpreadsheetTables.Table>> tables(List<Attachment> attachments) {
        Map<Long, List<SpreadsheetTables.Table>> out = new java.util.LinkedHashMap<>();
        for (Attachment a : attachments) {
            if (a.isSpreadsheet()) {
                out.put(a.id(), previews.preview(a));
            }
        }
        return out;
    }

    private List<UnitView> publishingUnits() {
        Map<Long, Long> counts = catalogue.countsByUnit();
        return units.findAll().stream().filter(u -> counts.containsKey(u.id()) && !u.isExternalIssuer()).toList();
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        units.findAll().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
