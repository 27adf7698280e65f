package org.gongkai.services.desk;

import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.ServiceCases;
import org.gongkai.services.cases.ServiceCases.PublicStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's case status page (办件查询): case number and query code posted (never in the address), status, due
 * date and the events in plain words, and the receipt as PDF for the same holder. Works without JavaScript; a wrong
 * code reads exactly like a missing case; the posts are rate-limited per address (identity's rate-limited paths).
 */
@Controller
class DeskPortalPages {

    static final String STATUS = CaseDocumentSource.STATUS_PATH;

    private final ServiceCases cases;
    private final DeskCases desk;
    private final CaseDocumentSource sources;
    private final CaseDocuments documents;

    DeskPortalPages(ServiceCases cases, DeskCases desk, CaseDocumentSource sources, CaseDocuments documents) {
        this.cases = cases;
        this.desk = desk;
        this.sources = sources;
        this.documents = documents;
    }

    @GetMapping(STATUS)
    String form() {
        return "services/desk/status";
    }

    @PostMapping(STATUS)
    String status(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String queryCode,
            Model model) {
        model.addAttribute("caseNumber", caseNumber.length() > 32 ? caseNumber.substring(0, 32) : caseNumber);
        try {
            PublicStatus status = cases.status(caseNumber, queryCode);
            model.addAttribute("view", status);
            model.addAttribute("queryCode", queryCode);
            model.addAttribute("statusLabel", status.status().label());
        } catch (GongkaiException e) {
            model.addAttribute("lookupError", "办件编号或查询码不正确，请核对后重试");
        }
        return "services/desk/status";
    }

    @PostMapping(STATUS + "/receipt")
    ResponseEntity<byte[]> receipt(@RequestParam(defaultValue = "") String caseNumber,
            @RequestParam(defaultValue = "") String queryCode) {
        PublicStatus status = cases.status(caseNumber, queryCode);
        DeskCases.CaseHeader header = desk.find(status.caseNumber()).orElseThrow(GongkaiException::notFound);
        return DeskApi.pdf(documents.receipt(sources.receipt(header, false)), header.caseNumber(), "receipt");
    }
}
