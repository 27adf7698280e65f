package org.gongkai.gazette;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/** The gazette in the full export: issues, their entries (the frozen copies of the documents) and the places. */
@Component
class GazetteArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 610;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("gazette_issue", "id"),
                ArchiveTable.of("gazette_entry", "id"),
                ArchiveTable.of("gazette_place", "id"));
    }
}
