/**
 * Services. Owns: 政务服务 (issue #11, RULES §5): the stations of the three-level hall (`services_station`), service
 * items with their guides, materials, offerings at levels and stations and reviewed versions (`services_item*`),
 * cases (办件) with their clock ledger (`services_case`, `services_case_event`), materials checks and parallel opinions,
 * ratings (好差评) and the rectification of bad ones; KPIs with numerator, denominator and drill-down. Publishes:
 * `ServiceItemPublished` (`services::events`, an imported or approved version) and the read port `PublishedGuides`
 * (`services::guides`), which the site search indexes beside the documents (decision 032); it never depends on search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services",
        allowedDependencies = { "archive::spi", "common", "audit", "calendar", "commands", "files", "imports", "organisation", "organisation::events",
            "web", "web::home", "web::menu", "web::sitemap", "web::workbench" })
package org.gongkai.services;
