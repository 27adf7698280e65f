package org.gongkai.search;

/**
 * The search module's published port: full-text search over the public catalogue. Never fails on user text;
 * an unusable text gives an empty result.
 */
public interface DocumentSearch {

    SearchResult search(SearchQuery query);
}
