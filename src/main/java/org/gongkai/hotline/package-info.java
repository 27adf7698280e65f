/**
 * Hotline. Owns: the 12345 hotline (issue #12, RULES §6): tickets (工单) through the closed loop 受理 → 派单 → 签收 →
 * 办理 → 答复 → 办结 → 回访 → 评价 (`hotline_ticket`, its ledger `hotline_event`, dispatches to units
 * `hotline_dispatch`, urgings `hotline_urging`, callbacks `hotline_callback`); the limits per category and urgency on
 * the calendar's ledger clock (`HotlineClock`); the staff and public JSON API, the portal's 互动交流 form and status
 * page, the public list of closed tickets (`PublicTickets`: never REPORT or anonymous tickets, personal data masked),
 * and Open311 GeoReport v2 at `/open311/v2/` (`open311`, decision 023). Publishes: `HotlineEvents` (past-tense records with ticket numbers, never personal data).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline",
        allowedDependencies = { "archive::spi", "catalogue", "common", "audit", "calendar", "commands", "identity", "imports", "organisation", "search",
            "web", "web::home", "web::menu", "web::sitemap", "web::workbench" })
package org.gongkai.hotline;
