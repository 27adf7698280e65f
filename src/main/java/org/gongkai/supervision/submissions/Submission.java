package org.gongkai.supervision.submissions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Status;

/**
 * An information submission as read: the unit's item with the office's edits, its attachments, adoptions and leaders'
 * instructions. {@link #points()} is what it has earned in all (adoptions plus instructions).
 */
public record Submission(long id, long unitId, String title, String text, Status status, long submittedBy,
        Instant submittedAt, Instant editedAt, String declineReason, List<Attachment> attachments,
        List<Adoption> adoptions, List<Instruction> instructions) {

    public record Attachment(long id, String fileId, String name, String mediaType, long size) {}

    public record Adoption(String publication, String publicationName, LocalDate on, int points) {}

    public record Instruction(String level, String levelName, String leader, LocalDate on, String text, int points) {}

    public int points() {
        return adoptions.stream().mapToInt(Adoption::points).sum()
                + instructions.stream().mapToInt(Instruction::points).sum();
    }
}
