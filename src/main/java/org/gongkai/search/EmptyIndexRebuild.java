package org.gongkai.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database at start when the index was empty when it was opened: after a restore onto a
 * fresh data folder (the backup holds no index, see docs/deployment.md), after an archive import, or when the index
 * folder was deleted. Emptiness is read when this bean is created, before any start-up work (the redelivery of
 * outstanding publications, the demo county) writes to the index, so a restore whose dump held a few incomplete
 * publications is still rebuilt whole. The rebuild reads the published documents and is idempotent with any indexing
 * that runs beside it. Switched off with {@code gongkai.search.rebuild-empty-index-at-start=false} (the PostgreSQL test
 * tier, where every test context opens an empty index over one shared database).
 */
@Component
class EmptyIndexRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EmptyIndexRebuild.class);

    private final SearchIndexing indexing;
    private final boolean enabled;
    private final boolean emptyAtOpen;

    EmptyIndexRebuild(SearchIndexing indexing, SearchBackend backend,
            @Value("${gongkai.search.rebuild-empty-index-at-start:true}") boolean enabled) {
        this.indexing = indexing;
        this.enabled = enabled;
        this.emptyAtOpen = enabled && isEmpty(backend);
    }

    /** Whether the index is empty; an engine that cannot be asked (OpenSearch not reachable yet) is not rebuilt. */
    private static boolean isEmpty(SearchBackend backend) {
        try {
            return backend.count() == 0;
        } catch (RuntimeException e) {
            log.warn("could not count the search index at start, not rebuilding it: {}", e.toString());
            return false;
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!emptyAtOpen) {
            return;
        }
        long count = indexing.rebuildAtStart();
        if (count > 0) {
            log.info("the search index was empty at start: rebuilt from the database, {} documents", count);
        }
    }

}
