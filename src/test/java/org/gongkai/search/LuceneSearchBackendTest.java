package org.gongkai.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The search port's contract on Lucene, each test on a new index in a temporary directory. */
class LuceneSearchBackendTest extends SearchBackendContract {

    @TempDir
    Path dir;

    @Override
    protected SearchBackend openEmpty() {
        return new LuceneSearchBackend(dir.resolve("index"), analysis, true);
    }

    @Override
    protected void release(SearchBackend backend) {
        ((LuceneSearchBackend) backend).close();
    }
}
