package org.gongkai.supervision.submissions;

import java.util.List;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.stereotype.Component;

/**
 * supsub's tables in the full export: submissions with attachments (the files are the file store's), adoptions,
 * instructions and bulletin issues; public evaluations with their scores; briefing meetings, items and decisions.
 */
@Component
class SubmissionArchive implements ArchiveContribution {

    @Override
    public int order() {
        return 540;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("supervision_submission", "id"),
                ArchiveTable.of("supervision_submission_attachment", "id"),
                ArchiveTable.of("supervision_submission_adoption", "id"),
                ArchiveTable.of("supervision_submission_instruction", "id"),
                ArchiveTable.of("supervision_submission_issue", "id"),
                ArchiveTable.of("supervision_submission_issue_item", "issue_id, position"),
                ArchiveTable.of("supervision_evaluation", "id"),
                ArchiveTable.of("supervision_evaluation_score", "evaluation_id, question"),
                ArchiveTable.of("supervision_meeting", "id"),
                ArchiveTable.of("supervision_meeting_item", "id"),
                ArchiveTable.of("supervision_meeting_decision", "id"));
    }
}
