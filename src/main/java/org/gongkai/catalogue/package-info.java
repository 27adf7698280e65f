/**
 * Catalogue. Owns: 主动公开: `catalogue_document`, `catalogue_version` (every published version, 备案), findings of the
 * personal-data guard, attachments, index-number sequences; workflow with one transition table; console
 * `/console/catalogue/**` (queue filter `?status=`, workbench counts `CatalogueWorkbench`); portal column `/openness/**`
 * (指南, browsing, document pages with RULES §2 meta tags, tombstones, Atom feeds, the 法律法规 column `/openness/laws`
 * of external issuers' documents), `/sitemap.xml`; staff API `/api/v1/staff/documents/**`, public `GET
 * /api/v1/documents/{id}`; demo content (county documents, and 300 real regulations under their real issuing bodies as
 * external issuers). Publishes: events
 * `CatalogueEvent` (DocumentPublished, DocumentWithdrawn, DocumentValidityChanged), `PublishedDocuments`,
 * `CatalogueStatistics` (incl. interpretations on time, `Interpretations`), `DocumentRecords` (documents of a period with
 * versions and attachments, for transfer packages), `ModuleDrafts` (another module's officer writes a document that goes to review at once, e.g.
 * a trading notice; `catalogue_module_draft` records the role it was written under).
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
        allowedDependencies = { "archive::spi", "common", "audit", "calendar", "commands", "files", "imports", "organisation", "web", "organisation::events", "web::menu", "web::workbench", "web::home", "web::sitemap" })
package org.gongkai.catalogue;
