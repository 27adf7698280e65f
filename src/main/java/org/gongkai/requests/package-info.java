/**
 * Requests. Owns: 依申请公开: `requests_request` (applicant data SM4-encrypted, blind index for "same applicant"),
 * clock ledger `requests_event`, reviews, notes, attachments, idempotency keys; the statutory clock
 * (`RequestClock`, pure, replays the ledger); the lifecycle table `RequestLifecycle` (step × `RequestAction`,
 * narrowed by the clock's state) and every staff action as a command of `RequestCommands` (handlers
 * `ClockCommandHandlers`, `CaseCommandHandlers`), dispatched by console and API alike; public form
 * `/requests/apply`, status page; console
 * `/console/requests/**` (queue filters `?due=soon|overdue`, workbench counts `RequestsWorkbench`, the applicant
 * masked until an audited reveal); public and staff API `/api/v1/disclosure-requests/**`,
 * `/api/v1/staff/disclosure-requests/**`; historical JSON-lines import; reminder sweeper; the public register of
 * answered requests `/requests/register` (applicant's consent, switch per unit, masked texts, daily statistics,
 * Art. 44 draft through the catalogue); the receipt PDF; subpackages `fees`
 * (信息处理费 tiers, quote API) and `letters` (editable templates, DOCX and PDF). Publishes: `DecisionCode`,
 * `ApplicantType`, `ReviewKind`/`ReviewResult`, `RequestStatistics`, `ApplicantContacts` (for notify), events
 * `RequestEvents`, `RequestNotices`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
        allowedDependencies = { "archive::spi", "catalogue", "common", "audit", "calendar", "commands", "files", "imports", "organisation",
            "search", "web", "web::home", "web::menu", "web::sitemap", "web::workbench" })
package org.gongkai.requests;
