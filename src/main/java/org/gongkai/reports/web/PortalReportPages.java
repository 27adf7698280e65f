package org.gongkai.reports.web;

import org.gongkai.reports.PublishedReports;
import org.gongkai.reports.ReportExports;
import org.gongkai.reports.ReportService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The portal column 政府信息公开年报: every published report by unit and year, a unit's published reports and each report as an accessible page. */
@Controller
@RequestMapping("/openness/annual-reports")
class PortalReportPages {

    private final ReportService reports;
    private final ReportExports exports;
    private final PublishedReports published;

    PortalReportPages(ReportService reports, ReportExports exports, PublishedReports published) {
        this.reports = reports;
        this.exports = exports;
        this.published = published;
    }

    /** Every published report by unit and year (#10). */
    @GetMapping({"", "/"})
    String index(Model model) {
        model.addAttribute("lists", published.all());
        return "reports/portal-index";
    }

    @GetMapping("/{unitCode}")
    String list(@PathVariable String unitCode, Model model) {
        model.addAttribute("list", reports.publishedList(unitCode));
        return "reports/portal-list";
    }

    @GetMapping("/{unitCode}/{year}")
    String report(@PathVariable String unitCode, @PathVariable int year, Model model) {
        model.addAttribute("report", reports.published(unitCode, year));
        return "reports/portal-report";
    }

    @GetMapping("/{unitCode}/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String unitCode, @PathVariable int year) {
        return Downloads.of(exports, reports.published(unitCode, year), "pdf");
    }

    @GetMapping("/{unitCode}/{year}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String unitCode, @PathVariable int year) {
        return Downloads.of(exports, reports.published(unitCode, year), "docx");
    }

    @GetMapping("/{unitCode}/{year}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String unitCode, @PathVariable int year) {
        return Downloads.of(exports, reports.published(unitCode, year), "xlsx");
    }
}
