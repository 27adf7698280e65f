/**
 * Reports. Owns: 年度报告: `reports_report` (workflow state, frozen numbers, narrative, unit entries); computed fresh
 * from `RequestStatistics` and `CatalogueStatistics` for drafts; console `/console/reports/**`; portal
 * `/openness/annual-reports/**`; API `/api/v1/annual-reports/**`; HTML, PDF, DOCX, XLSX from one table model.
 * Publishes: event `AnnualReportPublished`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
        allowedDependencies = { "common", "audit", "catalogue", "commands", "organisation", "requests", "web", "web::menu" })
package org.gongkai.reports;
