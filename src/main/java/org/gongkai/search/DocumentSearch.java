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
}
