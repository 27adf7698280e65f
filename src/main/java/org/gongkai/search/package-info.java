/**
 * Search. Owns: one index of two record kinds — published documents and the published service guides (办事指南,
 * read through `services::guides` after `ServiceItemPublished`; feed rows carry the kind, V53_1; decision 032) — behind the `SearchBackend` port: Lucene under `<data-dir>/index`, or OpenSearch with
 * `gongkai.search.engine=opensearch` (decision 017; one contract test suite for both) — (`SearchSemantics` holds
 * analysis, boosts, facets — decision 005; valid before outdated and the county's own before external issuers' documents,
 * decision 011; short keyword searches need every word, a question typed as a sentence is ranked by BM25 over its bigrams
 * and words, see docs/benchmarks.md, raised by similar answered questions, decision 018); synonyms (default abbreviations and lay-to-legal wording, V34_1), zero-result log; answered questions (V36_1, `AnsweredQuestionIndex`, `/api/v1/staff/answered-questions`); portal `/search` (scope switch 本县文件 / 法律法规,
 * a 办事指南 block beside the documents, next steps when nothing is found), public `GET /api/v1/documents`
 * (`scope=local|laws`; `guides`: the best matching guides beside the documents); console `/console/search/**` (rebuild, synonyms, zero results, answered questions). Publishes: `DocumentSearch` (documents, and `guides` for service guides).
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = { "archive::spi", "common", "audit", "catalogue", "imports", "organisation", "web", "catalogue::events", "services::events", "services::guides", "web::menu" })
package org.gongkai.search;
