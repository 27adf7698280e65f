/**
 * Search. Owns: Lucene index under `<data-dir>/index` behind the `SearchBackend` port (`SearchSemantics` holds
 * analysis, boosts, facets — decision 005); synonyms, zero-result log; portal `/search`, public `GET
 * /api/v1/documents`; console `/console/search/**` (rebuild, synonyms, zero results). Publishes: `DocumentSearch`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = { "common", "audit", "catalogue", "organisation", "web", "catalogue::events", "web::menu" })
package org.gongkai.search;
