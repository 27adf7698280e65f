/**
 * Consultations. Owns: public consultations on drafts (公众参与, issue #16): a unit's consultation (`consultation`) with
 * its draft (text, optionally a published catalogue document, and attached files `consultation_attachment` stored
 * through the files module, changed while a draft or scheduled, downloadable once public), 起草说明, period (a minimum from settings, 30 days for
 * normative documents; a shorter one carries a public reason) and ways to take part; draft → scheduled → open →
 * closed → feedback published ({@code ConsultationStatus.LIFECYCLE}), opened and closed on its dates by a daily sweep
 * (ShedLock), with its ledger (`consultation_event`, the public timeline); comments from the public (contact encrypted,
 * never shown; rate-limited; published through the personal-data guard), moderated, grouped by article and decided
 * (adopted / partly / not adopted with reasons); the feedback report (意见采纳情况反馈) generated from the decisions,
 * approved by the unit's leader and published; the link from the final catalogue document back to its consultation.
 * Portal `/consultations/**`, console `/console/consultations/**`, public API `/api/v1/consultations/**`, staff API `/api/v1/staff/consultations/**`; demo
 * consultations. Publishes: `Consultations` (incl. the supervision figure of consultations without a published
 * feedback report), events `ConsultationEvents`; contributes catalogue `DocumentPageLinks`.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations",
        allowedDependencies = { "archive::spi", "catalogue", "common", "audit", "commands", "files", "organisation", "web",
            "web::home", "web::menu", "web::sitemap" })
package org.gongkai.consultations;
