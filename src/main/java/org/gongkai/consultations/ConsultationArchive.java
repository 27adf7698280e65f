package org.gongkai.consultations;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * Consultations in the full export: consultations, their ledger, comments (the contact in clear in the export,
 * encrypted again on import), decisions and the feedback reports with their groups.
 */
@Component
class ConsultationArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 620;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("consultation", "id"),
                ArchiveTable.of("consultation_event", "id"),
                ArchiveTable.of("consultation_comment", "id").encrypted("contact_enc"),
                ArchiveTable.of("consultation_group", "id"),
                ArchiveTable.of("consultation_feedback", "consultation_id"),
                ArchiveTable.of("consultation_feedback_group", "id"),
                ArchiveTable.of("consultation_attachment", "id"));
    }
}
