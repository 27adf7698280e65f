package org.gongkai.reports;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/** Annual reports in the full export: workflow state, narrative, entries and the frozen tables of submitted ones. */
@Component
class ReportsArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 500;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("reports_report", "id"));
    }
}
