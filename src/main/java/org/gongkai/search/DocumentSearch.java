package org.gongkai.search;

/**
 * The search module's published port: full-text search over the public catalogue. Never fails on user text;
 * an unusable text gives an empty result.
 */
public interface DocumentSearch {

    SearchResult search(SearchQuery query);

    /**
     * The same search for other modules' internal look-ups (e.g. "already published?" hints on disclosure
     * requests): an empty result is not recorded among the citizens' zero-result searches, whose log must not
     * collect such texts (they may hold personal data).
     */
    SearchResult lookup(SearchQuery query);

    /**
     * The published service guides (办事指南) matching the query's text, best first (decision 032): the same analysis,
     * synonyms and ranking as documents; of the filters only {@code unit} (the implementing unit's credit code)
     * applies; no text gives an empty result. Hits carry the guide's key facts ({@link SearchResult.Hit#guide}); no
     * facets; never logged among zero-result searches (the portal logs the document search beside it).
     */
    SearchResult guides(SearchQuery query);
}
