package org.gongkai.search;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveImported;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Search in the full export: the synonym groups (replacing a fresh instance's defaults), the zero-result log and the
 * answered questions with their links (decision 018). The
 * index itself is never exported: after an import it is rebuilt from the imported catalogue.
 */
@Component
class SearchArchive implements ArchiveContribution {

    private final SearchIndexing indexing;

    SearchArchive(SearchIndexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.replacing("search_synonym", "id"), ArchiveTable.of("search_zero_result", "query_text"),
                ArchiveTable.of("search_answered_question", "id"),
                ArchiveTable.of("search_answered_link", "question_id, document_id"));
    }

    @EventListener
    void on(ArchiveImported imported) {
        indexing.rebuildAtStart();
    }
}
