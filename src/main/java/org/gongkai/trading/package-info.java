/**
 * Trading. Owns: public resource trading (公共资源交易, issue #14, RULES §7): projects with their bidders, the expert
 * pool (`trading_expert` with specialties, former employers and declared conflicts; ID numbers and phones
 * encrypted), and expert draws (`trading_draw`) by the replayable algorithm SM3-FY-1 with commitment, pool digest,
 * sealing until the evaluation starts, replacement draws and a public verify endpoint; the statistics by type, month
 * and unit (JSON, XLSX, the portal page with SVG charts), the expert pool's editing and the centre's ratings
 * (`trading_expert_rating`), the console pages of the officer, the expert-pool administrator and the supervisor's
 * replay, and the portal's draw record with its replay; notices (`trading_notice`:
 * announcement, clarification, candidates' publicity with its objection period, result, contract) that ride on the
 * catalogue — a trading officer's notice becomes a catalogue document through `ModuleDrafts`, is reviewed, signed off
 * and published there, and trading learns of publication from `CatalogueEvent`s; console `/console/trading/notices`,
 * staff API `/api/v1/staff/trading/projects/{code}/notices`, portal `/trading` and a project's timeline
 * `/trading/projects/{code}`, Atom feeds `/trading/feeds/notices`.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trading",
        allowedDependencies = { "archive::spi", "catalogue", "catalogue::events", "common", "audit", "calendar",
            "commands", "imports", "organisation", "organisation::events", "web", "web::home", "web::menu", "web::sitemap" })
package org.gongkai.trading;
