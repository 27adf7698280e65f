package org.gongkai.catalogue;

import org.gongkai.search.SearchIndexing;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@link ImportBenchmark} with the search listener replaced by a no-op: the import write path alone (checks, 索引号,
 * inserts, event publications and their completion), whatever the state of the search side. Same command with
 * {@code -Dtest=ImportWritePathBenchmark}.
 */
class ImportWritePathBenchmark extends ImportBenchmark {

    @MockitoBean
    SearchIndexing noIndexing;

    @Override
    boolean indexes() {
        return false;
    }
}
