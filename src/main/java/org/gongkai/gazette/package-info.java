/**
 * Gazette. Owns: the government gazette (政府公报, issue #16): issues (期) per year (`gazette_issue`) whose table of
 * contents by section (`gazette_entry`: 政府令, 规章, 规范性文件, 政府文件, 人事任免, 公示公告… from a setting) is compiled
 * by the office's editors from published catalogue documents of admitted genres (a setting per genre, beyond rules and
 * normative documents to the decisions that affect people), read only through `PublishedDocuments`, and published by
 * its leader or the office head (draft → published, commands through the dispatcher, decision 037); the distribution
 * list of printed copies (`gazette_place`) with a printable delivery note per place; the portal `/gazette/**`
 * (accessible issue pages with anchors per section and document, PDF in print layout, EPUB 3, the yearly volume with a
 * cumulative index by title, unit and 文号, an Atom feed), console `/console/gazette/**`, public API
 * `GET /api/v1/gazette/issues?year=`; demo issues of the demo county. Publishes: `GazetteIssues` (published issues with
 * their PDF and EPUB, for the transfer package), event `GazetteIssuePublished`.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gazette",
        allowedDependencies = { "archive::spi", "catalogue", "common", "audit", "commands", "organisation",
            "organisation::events", "web", "web::menu", "web::sitemap" })
package org.gongkai.gazette;
