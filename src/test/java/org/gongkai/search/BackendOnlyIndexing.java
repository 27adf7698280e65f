package org.gongkai.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.catalogue.PublishedDocuments;
import org.springframework.context.ApplicationContext;

/**
 * The backend-only rate of the import benchmarks (issue #13): the documents an import made searchable, read back
 * from the database untimed, indexed again into a fresh {@link LuceneSearchBackend} of their own through the same
 * {@link LuceneSearchBackend#apply} the application uses (on every core), in writes of {@link IndexFollower#PAGE},
 * with one commit at the end. Only the index writes and the commit are timed: what the engine costs without HTTP,
 * database, checks and feed.
 */
public final class BackendOnlyIndexing {

    /** Seconds for the first and the second half of {@code ids}, the commit counted in the second. */
    public record Result(double firstHalf, double secondHalf, double cpuSeconds) {
        public double all() {
            return firstHalf + secondHalf;
        }
    }

    private BackendOnlyIndexing() {}

    public static Result index(ApplicationContext context, List<Long> ids, Path dir) {
        PublishedDocuments documents = context.getBean(PublishedDocuments.class);
        SearchIndexing indexing = context.getBean(SearchIndexing.class);
        double[] seconds = new double[2];
        long cpu = 0;
        try (LuceneSearchBackend backend = new LuceneSearchBackend(dir, new Analysis(), false)) {
            for (int from = 0; from < ids.size(); from += IndexFollower.PAGE) {
                List<Long> page = ids.subList(from, Math.min(ids.size(), from + IndexFollower.PAGE));
                List<IndexedDocument> indexed = new ArrayList<>(page.size());
                documents.findPublished(page).forEach(d -> indexed.add(indexing.toIndexed(d)));
                long t = System.nanoTime();
                long c = processCpuNanos();
                backend.apply(indexed, List.of());
                cpu += processCpuNanos() - c;
                seconds[from < ids.size() / 2 ? 0 : 1] += (System.nanoTime() - t) / 1e9;
            }
            long t = System.nanoTime();
            long c = processCpuNanos();
            backend.commit(Map.of());
            cpu += processCpuNanos() - c;
            seconds[1] += (System.nanoTime() - t) / 1e9;
        }
        return new Result(seconds[0], seconds[1], cpu / 1e9);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
