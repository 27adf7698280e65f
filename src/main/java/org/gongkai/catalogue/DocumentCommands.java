package org.gongkai.catalogue;

import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.Instant;
import org.gongkai.commands.Command;

/**
 * Every staff action on a catalogue document as a command record. Console pages, the staff API, the
 * scheduled publication and {@link CatalogueService}'s methods all run them through the one
 * {@link org.gongkai.commands.CommandDispatcher}; the audit action is the record's name in UPPER_SNAKE
 * ({@code SubmitDocument} → {@code SUBMIT_DOCUMENT}). Handlers: {@link DocumentCommandHandlers}.
 */
public final class DocumentCommands {

    private DocumentCommands() {}

    /**
     * The longest reason (return, withdrawal, a finding confirmed for publication) and repeal note, in characters:
     * the columns' size; the API's {@code ActionBody} and the document page's maxlength declare the same number.
     */
    public static final int REASON_MAX = 1000;

    /** A command on an existing document. */
    public interface OnDocument extends Command {
        long id();

        @Override
        default String objectType() {
            return "Document";
        }

        @Override
        default String objectId() {
            return String.valueOf(id());
        }
    }

    /** A new draft in {@code unitId} (the actor must be its editor). */
    public record DraftDocument(long unitId, DocumentContent content) implements Command {
        @Override
        public String objectType() {
            return "Document";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** Edits a draft; editing a published document starts its revision first (the public keeps its version). */
    public record EditDocument(long id, DocumentContent content) implements OnDocument {}

    public record SubmitDocument(long id) implements OnDocument {}

    public record ReturnDocument(long id, @Size(max = REASON_MAX, message = "理由不能超过{max}字") String reason)
            implements OnDocument {}

    public record ReviewDocument(long id) implements OnDocument {}

    public record SignOffDocument(long id) implements OnDocument {}

    /** Publishes now (staff) or as scheduled (dispatched as the system once the time has come). */
    public record PublishDocument(long id) implements OnDocument {}

    public record ScheduleDocument(long id, Instant at) implements OnDocument {}

    public record UnscheduleDocument(long id) implements OnDocument {}

    public record ReviseDocument(long id) implements OnDocument {}

    public record WithdrawDocument(long id, @Size(max = REASON_MAX, message = "理由不能超过{max}字") String reason)
            implements OnDocument {}

    /** Validity change: the document is repealed, optionally replaced by another public document. */
    public record RepealDocument(long id, Long replacementId,
            @Size(max = REASON_MAX, message = "废止说明不能超过{max}字") String note) implements OnDocument {}

    /** One click: the default masks applied to the body. */
    public record MaskDocument(long id) implements OnDocument {}

    /** Runs the personal-data guard now. */
    public record ScanDocument(long id) implements OnDocument {}

    /** A reviewer confirms that a guard finding may be published (with the reason). */
    public record OverrideFinding(long findingId,
            @Size(max = REASON_MAX, message = "理由不能超过{max}字") String reason) implements Command {
        @Override
        public String objectType() {
            return "Document";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    public record AddAttachment(long id, InputStream content, String name) implements OnDocument {}

    public record RemoveAttachment(long id, long attachmentId) implements OnDocument {}

    /** The result of a command on a document: the document after it, and the audit record's detail. */
    public record DocumentChange(Document document, String detail) {}

    /** The command for a workflow action of the console or the API path ({@code reason} and {@code at} optional). */
    public static OnDocument of(WorkflowAction action, long id, String reason, Instant at) {
        return switch (action) {
            case SUBMIT -> new SubmitDocument(id);
            case REVIEW -> new ReviewDocument(id);
            case RETURN -> new ReturnDocument(id, reason);
            case SIGN_OFF -> new SignOffDocument(id);
            case PUBLISH -> new PublishDocument(id);
            case SCHEDULE -> new ScheduleDocument(id, at);
            case UNSCHEDULE -> new UnscheduleDocument(id);
            case REVISE -> new ReviseDocument(id);
            case WITHDRAW -> new WithdrawDocument(id, reason);
        };
    }
}
