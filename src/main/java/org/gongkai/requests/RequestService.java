package org.gongkai.requests;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.requests.RequestCommands.AcceptRequest;
import org.gongkai.requests.RequestCommands.AddAttachment;
import org.gongkai.requests.RequestCommands.AddNote;
import org.gongkai.requests.RequestCommands.ArchiveRequest;
import org.gongkai.requests.RequestCommands.AssignRequest;
import org.gongkai.requests.RequestCommands.ConcludeReview;
import org.gongkai.requests.RequestCommands.DecideRequest;
import org.gongkai.requests.RequestCommands.DeliverReply;
import org.gongkai.requests.RequestCommands.EndConsultation;
import org.gongkai.requests.RequestCommands.ExtendRequest;
import org.gongkai.requests.RequestCommands.RecordCorrection;
import org.gongkai.requests.RequestCommands.RecordPayment;
import org.gongkai.requests.RequestCommands.RecordReview;
import org.gongkai.requests.RequestCommands.RegisterRequest;
import org.gongkai.requests.RequestCommands.RequestCorrection;
import org.gongkai.requests.RequestCommands.ReviewRequest;
import org.gongkai.requests.RequestCommands.SendFeeNotice;
import org.gongkai.requests.RequestCommands.StartConsultation;
import org.gongkai.requests.RequestCommands.TransferRequest;
import org.gongkai.requests.RequestCommands.WithdrawRequest;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's published service. Reads (status, officer page, queues, letters) and intake live in
 * {@link RequestViews} and {@link RequestIntake}; every staff action is a command of {@link RequestCommands}
 * run by the {@link CommandDispatcher} — the console and the API dispatch them directly, and the action methods
 * here are the same commands for programmatic callers that hold an actor (other modules, tests). The sweep
 * ({@link RequestSweep}) runs one transaction per request.
 */
@Service
public class RequestService {

    private final RequestActions actions;
    private final RequestIntake intake;
    private final RequestViews views;
    private final RequestSweep sweep;
    private final CommandDispatcher commands;
    private final ReceiptDocument receipt;

    RequestService(RequestActions actions, RequestIntake intake, RequestViews views, RequestSweep sweep,
            CommandDispatcher commands, ReceiptDocument receipt) {
        this.receipt = receipt;
        this.actions = actions;
        this.intake = intake;
        this.views = views;
        this.sweep = sweep;
        this.commands = commands;
    }

    /** A file as uploaded (content not yet checked); the caller closes the stream. */
    public record Upload(String name, InputStream content) {}

    /** An attachment opened for download; the caller closes the stream. */
    public record AttachmentDownload(RequestAttachment attachment, InputStream content) {}

    /** What the applicant gets back after submitting. */
    public record Submitted(String trackingNumber, String accessCode, LocalDate receivedOn, LocalDate dueDate)
            implements java.io.Serializable {}

    /** What one sweep did (for the log and tests); {@code failed} requests were skipped (see the log). */
    public record SweepResult(int reminders, int overdue, int ended, int failed) {}

    /** The one clock (pages show "today" from it). */
    public Clock clock() {
        return actions.time;
    }

    public RequestSettings settings() {
        return actions.settings();
    }

    // --- intake and the applicant's view -----------------------------------------------------------------

    /** Every problem with an application, field by field (empty when it is fine). */
    public List<FieldProblem> problems(ApplicationInput in) {
        return intake.problems(in);
    }

    /** An online application; a repeated idempotency key returns the first receipt. */
    @Transactional
    public Submitted submitOnline(ApplicationInput in, String idempotencyKey) {
        return intake.submitOnline(in, idempotencyKey, null);
    }

    /** An online application with an optional attachment (refused file: field {@code attachment}, nothing saved). */
    @Transactional
    public Submitted submitOnline(ApplicationInput in, String idempotencyKey, Upload attachment) {
        return intake.submitOnline(in, idempotencyKey, attachment);
    }

    /** The status for a tracking number and access code; anything wrong is simply not found. */
    @Transactional(readOnly = true)
    public StatusView status(String trackingNumber, String accessCode) {
        return views.status(trackingNumber, accessCode);
    }

    /** The reply letter as PDF, once delivered. */
    @Transactional(readOnly = true)
    public byte[] replyLetterPdf(String trackingNumber, String accessCode) {
        return views.replyLetterPdf(trackingNumber, accessCode);
    }

    /** The receipt as PDF, for the holder of the tracking number and access code (anything else: not found). */
    @Transactional(readOnly = true)
    public byte[] receiptPdf(String trackingNumber, String accessCode) {
        return receipt.pdf(trackingNumber, accessCode);
    }

    // --- staff reads ---------------------------------------------------------------------------------------

    /** The queue of the actor's units (open requests first by due date). */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(Actor actor, boolean openOnly) {
        return views.queue(actor, openOnly);
    }

    /** Open requests past their due date in the actor's scope (the supervisor's list). */
    @Transactional(readOnly = true)
    public List<QueueRow> overdue(Actor actor) {
        return views.overdue(actor);
    }

    /** Open requests in the actor's scope that the due-date filter matches today (queue filter, workbench count). */
    @Transactional(readOnly = true)
    public List<QueueRow> due(Actor actor, DueFilter filter) {
        return views.due(actor, filter);
    }

    /** How many working days before the due date "due soon" starts (the first reminder, default 5). */
    public int dueSoonWorkingDays() {
        return views.dueSoonWorkingDays();
    }

    @Transactional(readOnly = true)
    public List<RequestReminder> reminders(Actor actor) {
        return views.reminders(actor);
    }

    /** The request with the applicant's personal data in full (the staff API), so the view is audited. */
    @Transactional
    public OfficerView officerView(Actor actor, String trackingNumber) {
        views.recordReveal(actor, trackingNumber);
        return views.officerView(actor, trackingNumber, true);
    }

    /**
     * The console's request page: the applicant's identity number and contacts masked, or in full ({@code reveal})
     * right after the officer asked to see them with {@link #revealApplicant}, which recorded the view.
     */
    @Transactional(readOnly = true)
    public OfficerView officerPage(Actor actor, String trackingNumber, boolean reveal) {
        return views.officerView(actor, trackingNumber, reveal);
    }

    /**
     * The officer asks to see the applicant's data in full: audited ({@code REQUEST_PERSONAL_DATA_VIEWED}) for a
     * reader of the request's unit; anyone else gets 404 and nothing is recorded but the refusal.
     */
    @Transactional
    public void revealApplicant(Actor actor, String trackingNumber) {
        views.recordReveal(actor, trackingNumber);
    }

    /** The letter for the officer (DOCX or PDF) of one kind. */
    @Transactional(readOnly = true)
    public byte[] letter(Actor actor, String tn, LetterKind kind, boolean pdf) {
        return views.letter(actor, tn, kind, pdf);
    }

    /** Opens an attachment for a reader of the request's unit (others: 404); every download is audited. */
    @Transactional
    public AttachmentDownload openAttachment(Actor actor, String tn, long attachmentId) {
        return views.openAttachment(actor, tn, attachmentId);
    }

    // --- staff actions: the commands, for callers that hold an actor ------------------------------------------

    public Submitted register(Actor actor, ApplicationInput in, Channel channel, LocalDate receivedOn) {
        return commands.dispatchAs(actor, new RegisterRequest(in, channel, receivedOn));
    }

    public ClockState accept(Actor actor, String tn, LocalDate receivedOn) {
        return commands.dispatchAs(actor, new AcceptRequest(tn, receivedOn));
    }

    public ClockState review(Actor actor, String tn) {
        return commands.dispatchAs(actor, new ReviewRequest(tn));
    }

    public ClockState requestCorrection(Actor actor, String tn, LocalDate on, LocalDate deadline, String what) {
        return commands.dispatchAs(actor, new RequestCorrection(tn, on, deadline, what));
    }

    public ClockState recordCorrection(Actor actor, String tn, LocalDate on) {
        return commands.dispatchAs(actor, new RecordCorrection(tn, on));
    }

    public ClockState startConsultation(Actor actor, String tn, LocalDate on, String consultee) {
        return commands.dispatchAs(actor, new StartConsultation(tn, on, consultee));
    }

    public ClockState endConsultation(Actor actor, String tn, LocalDate on) {
        return commands.dispatchAs(actor, new EndConsultation(tn, on));
    }

    public ClockState extend(Actor actor, String tn, LocalDate on, Integer days, String approver) {
        return commands.dispatchAs(actor, new ExtendRequest(tn, on, days, approver));
    }

    public ClockState feeNotice(Actor actor, String tn, LocalDate on, String method, Integer pages) {
        return commands.dispatchAs(actor, new SendFeeNotice(tn, on, method, pages));
    }

    public ClockState recordPayment(Actor actor, String tn, LocalDate on) {
        return commands.dispatchAs(actor, new RecordPayment(tn, on));
    }

    public ClockState decide(Actor actor, String tn, LocalDate on, DecisionCode code, String reasons) {
        return commands.dispatchAs(actor, new DecideRequest(tn, on, code, reasons));
    }

    public ClockState withdraw(Actor actor, String tn, LocalDate on, String reason) {
        return commands.dispatchAs(actor, new WithdrawRequest(tn, on, reason));
    }

    public ClockState deliver(Actor actor, String tn, LocalDate on, String channel) {
        return commands.dispatchAs(actor, new DeliverReply(tn, on, channel));
    }

    public ClockState archive(Actor actor, String tn) {
        return commands.dispatchAs(actor, new ArchiveRequest(tn));
    }

    public ClockState assign(Actor actor, String tn, long staffId) {
        return commands.dispatchAs(actor, new AssignRequest(tn, staffId));
    }

    public ClockState transfer(Actor actor, String tn, String unitCode, String reason) {
        return commands.dispatchAs(actor, new TransferRequest(tn, unitCode, reason));
    }

    public void addNote(Actor actor, String tn, String body) {
        commands.dispatchAs(actor, new AddNote(tn, body));
    }

    public RequestAttachment uploadAttachment(Actor actor, String tn, Upload upload) {
        return commands.dispatchAs(actor, new AddAttachment(tn, upload == null ? null : upload.name(),
                upload == null ? null : upload.content()));
    }

    public void recordReview(Actor actor, String tn, ReviewKind kind, LocalDate filedOn, ReviewResult result) {
        commands.dispatchAs(actor, new RecordReview(tn, kind, filedOn, result));
    }

    public void concludeReview(Actor actor, String tn, ReviewKind kind, LocalDate filedOn, ReviewResult result,
            LocalDate resultOn) {
        commands.dispatchAs(actor, new ConcludeReview(tn, kind, filedOn, result, resultOn));
    }

    // --- the sweep (the historical import is LedgerImport) ----------------------------------------------------------------

    /**
     * Ends requests whose correction or payment deadline passed, refreshes due dates, records reminders and
     * overdue flags: one transaction per request.
     */
    public SweepResult sweep(LocalDate today) {
        return sweep.sweep(today);
    }

    // --- small helpers shared by the module ------------------------------------------------------------------

    static String actorName() {
        return Actor.current().map(Actor::username).orElse("anonymous");
    }

    static String yuan(long fen) {
        return fen % 100 == 0 ? String.valueOf(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
