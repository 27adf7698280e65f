package org.gongkai.supervision.indicators;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * The indicator read model in the full export: its facts and the log of rebuilds (no personal data: record numbers,
 * units and dates). It could be rebuilt from the events, but an export keeps it as it was.
 */
@Component
class IndicatorArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 1500;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("supervision_fact", "indicator, record_ref"),
                ArchiveTable.of("supervision_fact_open_case", "module, case_number"),
                ArchiveTable.of("supervision_indicator_rebuild", "id"));
    }
}
