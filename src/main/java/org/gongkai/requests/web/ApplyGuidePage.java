package org.gongkai.requests.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.requests.fees.FeeProperties;
import org.gongkai.requests.fees.FeeSchedule;
import org.gongkai.requests.letters.ApplicationFormDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 依申请公开 in the 政府信息公开专栏 (#10): how to apply (a flow chart in plain HTML), the online form, the
 * 申请表 to print (DOCX and PDF), the status lookup and the fee rules read from the fee settings.
 */
@Controller
class ApplyGuidePage {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ApplicationFormDocument form;
    private final FeeProperties fees;
    private final GongkaiProperties properties;

    ApplyGuidePage(ApplicationFormDocument form, FeeProperties fees, GongkaiProperties properties) {
        this.form = form;
        this.fees = fees;
        this.properties = properties;
    }

    @GetMapping("/openness/apply")
    String page(Model model) {
        model.addAttribute("perApplicationFees", perApplication(fees.perApplication()));
        model.addAttribute("perPageFees", perPage(fees.perPage().tiers()));
        return "requests/apply-guide";
    }

    @GetMapping("/openness/apply/application-form.docx")
    ResponseEntity<byte[]> docx() {
        return download(form.docx(properties.siteName()), DOCX, "政府信息公开申请表.docx");
    }

    @GetMapping("/openness/apply/application-form.pdf")
    ResponseEntity<byte[]> pdf() {
        return download(form.pdf(properties.siteName()), MediaType.APPLICATION_PDF, "政府信息公开申请表.pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The per-application tiers (counted per applicant and calendar month) as sentences. */
    static List<String> perApplication(FeeProperties.PerApplication a) {
        List<String> out = new ArrayList<>();
        if (a.freePerMonth() > 0) {
            out.add("每月第 1–" + a.freePerMonth() + " 件：免费");
        }
        if (a.firstBandUpTo() > a.freePerMonth()) {
            out.add("第 " + (a.freePerMonth() + 1) + "–" + a.firstBandUpTo() + " 件：每件 "
                    + FeeSchedule.yuan(a.firstBandFen()) + " 元");
        }
        int from = a.firstBandUpTo() + 1;
        out.add("第 " + from + " 件起：每 " + a.bandSize() + " 件为一档，每档每件比上一档加收 "
                + FeeSchedule.yuan(a.bandIncrementFen()) + " 元（第 " + from + "–" + (from + a.bandSize() - 1) + " 件每件 "
                + FeeSchedule.yuan(a.firstBandFen() + a.bandIncrementFen()) + " 元）");
        return out;
    }

    /** The per-page tiers as sentences. */
    static List<String> perPage(List<FeeProperties.Tier> tiers) {
        List<String> out = new ArrayList<>();
        if (tiers.isEmpty() || tiers.get(0).fromPage() > 1) {
            int last = tiers.isEmpty() ? Integer.MAX_VALUE : tiers.get(0).fromPage() - 1;
            out.add(last == Integer.MAX_VALUE ? "不收费" : "第 1–" + last + " 页：免费");
        }
        for (int i = 0; i < tiers.size(); i++) {
            FeeProperties.Tier t = tiers.get(i);
            String range = i + 1 < tiers.size() ? "第 " + t.fromPage() + "–" + (tiers.get(i + 1).fromPage() - 1) + " 页"
                    : "第 " + t.fromPage() + " 页起";
            out.add(range + "：每页 " + FeeSchedule.yuan(t.fenPerPage()) + " 元");
        }
        return out;
    }
}
