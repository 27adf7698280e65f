/**
 * Trading. Owns: public resource trading (公共资源交易, issue #14, RULES §7): projects with their bidders, the expert
 * pool (`trading_expert` with specialties, former employers and declared conflicts; ID numbers and phones
 * encrypted), and expert draws (`trading_draw`) by the replayable algorithm SM3-FY-1 with commitment, pool digest,
 * sealing until the evaluation starts, replacement draws and a public verify endpoint; the statistics by type, month
 * and unit (JSON, XLSX, the portal page with SVG charts), the expert pool's editing and the centre's ratings
 * (`trading_expert_rating`), the console pages of the officer, the expert-pool administrator and the supervisor's
 * replay, and the portal's draw record with its replay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trading",
        allowedDependencies = { "archive::spi", "common", "audit", "calendar", "commands", "imports", "organisation",
            "organisation::events", "web", "web::menu" })
package org.gongkai.trading;
