/**
 * Reports. Owns: 年度报告: `reports_report` (workflow state, frozen numbers, narrative, unit entries); computed fresh
 * from `RequestStatistics` and `CatalogueStatistics` for drafts, and stored as a draft by the `GenerateDraft` command
 * (生成初稿); earlier years entered one by one or imported as figures (CSV, XLSX, JSON lines through `imports`,
 * `/console/reports/import`, `POST /api/v1/annual-reports/import`); console `/console/reports/**` (`?status=` list, workbench counts
 * `ReportsWorkbench`); portal
 * `/openness/annual-reports/**`; API `/api/v1/annual-reports/**`; HTML, PDF, DOCX, XLSX from one table model.
 * Submission and publication refused while a narrative placeholder is unfilled or the year has not ended
 * (`ReportReadiness`, `REPORT_NOT_READY`); a draft's outputs say 草稿 on every page; times shown in Beijing time.
 * Publishes: event `AnnualReportPublished`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "archive::spi", "common", "audit", "catalogue", "commands", "imports", "organisation", "requests", "web",
                "web::menu", "web::workbench" })
package org.gongkai.reports;
