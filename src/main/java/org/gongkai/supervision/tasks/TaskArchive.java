package org.gongkai.supervision.tasks;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Supervision tasks, inspections and findings in the full export: inspections before their findings, tasks before
 * their units, reports, evidence (the files travel with the export's stored files) and ledger.
 */
@Component
class TaskArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 522;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("supervision_inspection", "id"),
                ArchiveTable.of("supervision_finding", "id"),
                ArchiveTable.of("supervision_task", "id"),
                ArchiveTable.of("supervision_task_unit", "id"),
                ArchiveTable.of("supervision_task_report", "id"),
                ArchiveTable.of("supervision_task_evidence", "id"),
                ArchiveTable.of("supervision_task_event", "id"));
    }
}
