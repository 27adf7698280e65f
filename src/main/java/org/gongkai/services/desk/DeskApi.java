package org.gongkai.services.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.desk.CaseDocumentViews.MaterialLine;
import org.gongkai.services.desk.CaseMaterials.Check;
import org.gongkai.services.desk.DeskCases.CaseHeader;
import org.gongkai.services.desk.DeskCommands.AnswerOpinion;
import org.gongkai.services.desk.DeskCommands.CheckMaterials;
import org.gongkai.services.desk.DeskCommands.RequestOpinion;
import org.gongkai.services.desk.Opinions.Opinion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's staff API: the materials check of a case, its parallel opinions (asked, listed, answered by the asked
 * unit), the opinions the caller's units owe, and the case documents as PDFs. Every change dispatches a command of
 * {@link DeskCommands}; a case outside the caller's scope answers 404.
 */
@RestController
class DeskApi {

    static final String CASES = "/api/v1/staff/service-cases";
    static final String OPINIONS = "/api/v1/staff/service-opinions";

    private final CommandDispatcher commands;
    private final DeskCases cases;
    private final CaseMaterials materials;
    private final Opinions opinions;
    private final ItemTermsLookup items;
    private final UnitDirectory units;
    private final CaseDocumentSource sources;
    private final CaseDocuments documents;
    private final Clock time;

    DeskApi(CommandDispatcher commands, DeskCases cases, CaseMaterials materials, Opinions opinions,
            ItemTermsLookup items, UnitDirectory units, CaseDocumentSource sources, CaseDocuments documents,
            Clock time) {
        this.commands = commands;
        this.cases = cases;
        this.materials = materials;
        this.opinions = opinions;
        this.items = items;
        this.units = units;
        this.sources = sources;
        this.documents = documents;
        this.time = time;
    }

    record MaterialJson(Long id, String name, String form, int copies, boolean required, Boolean provided,
            String notes) {}

    record MaterialsJson(String caseNumber, LocalDate checkedOn, List<MaterialJson> materials, int missing,
            boolean noticeDue, String noticeUrl) {}

    record CheckJson(@Size(max = DeskCommands.MATERIALS_MAX) List<Long> provided) {}

    @GetMapping(CASES + "/{caseNumber}/materials")
    MaterialsJson materials(@PathVariable String caseNumber) {
        CaseHeader header = cases.require(Actor.require(), caseNumber);
        ItemTerms item = items.byId(header.itemId()).orElseThrow(GongkaiException::notFound);
        return materials.of(header.id(), item).map(check -> json(header, item, check))
                .orElseGet(() -> new MaterialsJson(header.caseNumber(), null, item.materials().stream()
                        .map(m -> new MaterialJson(m.id(), m.name(), m.form().name(), m.copies(), m.required(), null,
                                m.notes()))
                        .toList(), 0, false, null));
    }

    @PutMapping(CASES + "/{caseNumber}/materials")
    MaterialsJson check(@PathVariable String caseNumber, @Valid @RequestBody CheckJson body) {
        commands.dispatch(new CheckMaterials(caseNumber, body.provided()));
        return materials(caseNumber);
    }

    private MaterialsJson json(CaseHeader header, ItemTerms item, Check check) {
        List<MaterialJson> lines = new java.util.ArrayList<>();
        for (int i = 0; i < check.lines().size(); i++) {
            MaterialLine l = check.lines().get(i);
            Long id = i < item.materials().size() ? item.materials().get(i).id() : null;
            lines.add(new MaterialJson(id, l.name(), l.form().name(), l.copies(), l.required(), l.provided(),
                    l.note()));
        }
        return new MaterialsJson(header.caseNumber(), check.checkedOn(), lines, check.missing().size(),
                check.noticeDue(), check.missing().isEmpty() ? null
                        : CASES + "/" + header.caseNumber() + "/documents/notice.pdf");
    }

    record OpinionJson(long id, String caseNumber, String unitCode, String unitName, String question,
            LocalDate requestedOn, Integer limitDays, LocalDate dueOn, LocalDate answeredOn, String answer,
            boolean overdue) {}

    record OpinionRequestJson(@Size(max = DeskCommands.UNIT_CODE_MAX) String unitCode,
            @Size(max = DeskCommands.QUESTION_MAX) String question, Integer limitDays) {}

    record AnswerJson(@Size(max = DeskCommands.ANSWER_MAX) String answer) {}

    @GetMapping(CASES + "/{caseNumber}/opinions")
    List<OpinionJson> opinions(@PathVariable String caseNumber) {
        CaseHeader header = cases.require(Actor.require(), caseNumber);
        return opinions.ofCase(header.id()).stream().map(this::json).toList();
    }

    @PostMapping(CASES + "/{caseNumber}/opinions")
    ResponseEntity<OpinionJson> requestOpinion(@PathVariable String caseNumber,
            @Valid @RequestBody OpinionRequestJson body) {
        Opinion o = commands.dispatch(new RequestOpinion(caseNumber, body.unitCode(), body.question(),
                body.limitDays()));
        return ResponseEntity.created(URI.create(CASES + "/" + o.caseNumber() + "/opinions/" + o.id())).body(json(o));
    }

    @PostMapping(CASES + "/{caseNumber}/opinions/{id}/answer")
    OpinionJson answer(@PathVariable String caseNumber, @PathVariable long id, @Valid @RequestBody AnswerJson body) {
        return json(commands.dispatch(new AnswerOpinion(caseNumber, id, body.answer())));
    }

    /** The unanswered opinions asked of the caller's units (as a service officer), the earliest due first. */
    @GetMapping(OPINIONS)
    List<OpinionJson> owed() {
        return opinions.openFor(units.visibleUnits(Actor.require(), Role.SERVICE_OFFICER), 500).stream()
                .map(this::json).toList();
    }

    private OpinionJson json(Opinion o) {
        UnitDirectory.UnitView unit = units.findById(o.unitId()).orElse(null);
        return new OpinionJson(o.id(), o.caseNumber(), unit == null ? null : unit.creditCode(),
                unit == null ? null : unit.name(), o.question(), o.requestedOn(), o.limitDays(), o.dueOn(),
                o.answeredOn(), o.answer(), o.overdue(LocalDate.now(time)));
    }

    @GetMapping(CASES + "/{caseNumber}/documents/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String caseNumber) {
        return pdf(documents.receipt(sources.receipt(Actor.require(), caseNumber)), caseNumber, "receipt");
    }

    @GetMapping(CASES + "/{caseNumber}/documents/refusal.pdf")
    ResponseEntity<byte[]> refusal(@PathVariable String caseNumber) {
        return pdf(documents.refusal(sources.refusal(Actor.require(), caseNumber)), caseNumber, "refusal");
    }

    @GetMapping(CASES + "/{caseNumber}/documents/notice.pdf")
    ResponseEntity<byte[]> notice(@PathVariable String caseNumber) {
        return pdf(documents.notice(sources.notice(Actor.require(), caseNumber)), caseNumber, "notice");
    }

    static ResponseEntity<byte[]> pdf(byte[] content, String caseNumber, String kind) {
        String name = (DeskCases.normalise(caseNumber) == null ? "case" : DeskCases.normalise(caseNumber)) + "-" + kind
                + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
