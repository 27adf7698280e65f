package org.gongkai.requests;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.RequestService.AttachmentDownload;
import org.gongkai.requests.letters.LetterRenderer;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.gongkai.search.DocumentSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What applicants and officers read: the status page, the officer's page (with the actions the lifecycle
 * allows now, hints of earlier similar requests and of documents already published), queues, letters and
 * attachment downloads. Views of personal data are audited.
 */
@Component
class RequestViews {

    private static final Role[] READERS = RequestActions.READERS;

    private final RequestActions actions;
    private final RequestRepository repository;
    private final WorkingDayCalendar calendar;
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ObjectProvider<LetterRenderer> letters;
    private final FileStore files;
    private final DocumentSearch search;
    private final RequestIntake intake;

    RequestViews(RequestActions actions, WorkingDayCalendar calendar, UnitDirectory units, StaffDirectory staff,
            AuditLog audit, ObjectProvider<LetterRenderer> letters, FileStore files, DocumentSearch search,
            RequestIntake intake) {
        this.actions = actions;
        this.repository = actions.repository;
        this.calendar = calendar;
        this.units = units;
        this.staff = staff;
        this.audit = audit;
        this.letters = letters;
        this.files = files;
        this.search = search;
        this.intake = intake;
    }

    private LocalDate today() {
        return actions.today();
    }

    /** The status for a tracking number and access code; anything wrong is simply not found. */
    StatusView status(String trackingNumber, String accessCode) {
        return statusView(forApplicant(trackingNumber, accessCode));
    }

    /** The reply letter as PDF, once delivered. */
    byte[] replyLetterPdf(String trackingNumber, String accessCode) {
        DisclosureRequest request = forApplicant(trackingNumber, accessCode);
        ClockState state = request.clock(actions.clock, today());
        if (state.deliveredOn() == null) {
            throw GongkaiException.notFound();
        }
        return renderer().pdf(replyLetter(request, state));
    }

    DisclosureRequest forApplicant(String trackingNumber, String accessCode) {
        if (RequestService.blank(trackingNumber) || RequestService.blank(accessCode)) {
            throw GongkaiException.notFound();
        }
        String tn = trackingNumber.trim().toUpperCase();
        String expected = repository.accessCodeHash(tn).orElseThrow(GongkaiException::notFound);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(),
                intake.accessCodeHash(tn, accessCode.trim().toUpperCase()).getBytes())) {
            throw GongkaiException.notFound();
        }
        return repository.findByTrackingNumber(tn).orElseThrow(GongkaiException::notFound);
    }

    /**
     * The applicant's view. The decision is shown as soon as it is made (#10), not only after delivery; the letter
     * can be downloaded once it is delivered.
     */
    StatusView statusView(DisclosureRequest request) {
        ClockState state = request.clock(actions.clock, today());
        boolean decided = state.status() == ClockState.Status.DECIDED;
        boolean delivered = state.deliveredOn() != null;
        String label = delivered ? "已答复并送达" : decided ? "已作出答复，待送达" : state.status().label();
        return new StatusView(request.trackingNumber(), state.status().name(), label,
                request.applicant().maskedName(), unitName(request.unitId()), state.receivedOn(), state.dueDate(),
                state.provisional(), state.lines(), state.summary(),
                state.due() == null ? null : state.due().explanation(),
                state.decision(), state.decidedOn(), state.deliveredOn());
    }

    // --- staff reads -----------------------------------------------------------------------------------

    /** The queue of the actor's units (open requests first by due date). */
    List<QueueRow> queue(Actor actor, boolean openOnly) {
        return repository.queue(units.visibleUnits(actor, READERS), openOnly);
    }

    /** Open requests past their due date in the actor's scope (the supervisor's list). */
    List<QueueRow> overdue(Actor actor) {
        return due(actor, DueFilter.OVERDUE);
    }

    /** Open requests of the actor's scope that {@code filter} matches today (the queue's filter, the workbench's count). */
    List<QueueRow> due(Actor actor, DueFilter filter) {
        LocalDate today = today();
        int soonDays = dueSoonWorkingDays();
        return repository.queue(units.visibleUnits(actor, READERS), true).stream()
                .filter(r -> filter.matches(r.dueOn(), today, soonDays, calendar)).toList();
    }

    /** "Due soon": within the first reminder before the due date ({@code reminderDays}, default 5 WD). */
    int dueSoonWorkingDays() {
        return actions.settings().reminderDays().stream().mapToInt(Integer::intValue).max().orElse(5);
    }

    List<RequestReminder> reminders(Actor actor) {
        return repository.reminders(units.visibleUnits(actor, READERS));
    }

    /**
     * The officer's page. With {@code reveal} the applicant's identity number and contacts are in full (the caller
     * has recorded the view with {@link #recordReveal}); without, they are masked. It offers
     * the actions the lifecycle allows now, to the unit's request officers (supervisors and leaders read it).
     */
    OfficerView officerView(Actor actor, String trackingNumber, boolean reveal) {
        DisclosureRequest request = actions.load(actor, trackingNumber, READERS);
        ClockState state = request.clock(actions.clock, today());
        String assignee = request.assigneeId() == null ? null
                : staff.findById(request.assigneeId()).map(StaffDirectory.StaffView::displayName).orElse(null);
        return new OfficerView(request, state, statusView(request), unitName(request.unitId()), assignee,
                state.overdueOn(today()), repository.notes(request.id()), repository.attachments(request.id()),
                duplicateHints(request), possiblyPublished(request),
                units.visibleUnits(actor, Role.REQUEST_OFFICER).contains(request.unitId())
                        ? RequestLifecycle.available(request, state) : java.util.Set.of(),
                ApplicantDisplay.of(request.applicant(), reveal), LetterLinks.of(request));
    }

    /** Records that the actor sees the applicant's data in full (404 for anyone outside the request's unit). */
    void recordReveal(Actor actor, String trackingNumber) {
        DisclosureRequest request = actions.load(actor, trackingNumber, READERS);
        audit.success("REQUEST_PERSONAL_DATA_VIEWED", "DisclosureRequest", request.trackingNumber(),
                "查看申请人完整信息");
    }

    static final int PUBLISHED_MATCHES = 3;
    /** Request phrasing that says nothing about which information is wanted (removed before searching). */
    private static final Pattern REQUEST_PHRASING = Pattern.compile(
            "依申请公开|申请公开|请求公开|请予公开|予以公开|请公开|恳请|希望|要求|请提供|提供|查阅|复制|获取|需要|本人|我们|"
                    + "贵单位|贵局|贵机关|政府信息|相关信息|有关信息|相关的|有关的|相关|有关|资料|材料|具体|全部|所有|一份");

    /**
     * Up to three published documents matching the description: the request's unit first, then all units
     * (relevance order). Internal look-ups: nothing is logged as a zero-result search.
     */
    private List<OfficerView.PublishedMatch> possiblyPublished(DisclosureRequest request) {
        String text = REQUEST_PHRASING.matcher(request.description()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Map<Long, OfficerView.PublishedMatch> found = new java.util.LinkedHashMap<>();
        String unitCode = units.findById(request.unitId()).map(UnitView::creditCode).orElse(null);
        if (unitCode != null) {
            collect(new SearchQuery(text, unitCode, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1,
                    PUBLISHED_MATCHES), found);
        }
        if (found.size() < PUBLISHED_MATCHES) {
            collect(new SearchQuery(text, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1,
                    PUBLISHED_MATCHES * 2), found);
        }
        return List.copyOf(found.values());
    }

    private void collect(SearchQuery query, Map<Long, OfficerView.PublishedMatch> found) {
        for (SearchResult.Hit hit : search.lookup(query).items()) {
            if (found.size() >= PUBLISHED_MATCHES) {
                return;
            }
            found.putIfAbsent(hit.id(), new OfficerView.PublishedMatch(hit.id(), hit.title(), hit.indexNumber(),
                    hit.publisher(), "/openness/documents/" + hit.id()));
        }
    }

    private List<OfficerView.DuplicateHint> duplicateHints(DisclosureRequest request) {
        String index = repository.identityIndexOf(request.id());
        return repository.sameApplicant(index, request.id()).stream()
                .map(r -> new OfficerView.DuplicateHint(r.trackingNumber(), r.description(),
                        r.decision() == null ? "办理中" : r.decision().label(),
                        Similarity.percent(request.description(), r.description())))
                .filter(h -> h.similarity() >= 30)
                .toList();
    }

    /**
     * Opens an attachment for a reader of the request's unit (others: 404). Attachments may hold personal data
     * (an ID copy), so every download is audited.
     */
    AttachmentDownload openAttachment(Actor actor, String tn, long attachmentId) {
        DisclosureRequest request = actions.load(actor, tn, READERS);
        RequestAttachment attachment = repository.attachment(request.id(), attachmentId)
                .orElseThrow(() -> GongkaiException.notFoundOrOutOfScope(() -> repository.attachmentUnit(attachmentId)
                        .filter(unit -> !units.visibleUnits(actor, READERS).contains(unit)).isPresent(),
                        "RequestAttachment", attachmentId));
        audit.success("REQUEST_ATTACHMENT_DOWNLOADED", "DisclosureRequest", request.trackingNumber(),
                "下载附件 " + attachment.id() + "：" + attachment.name());
        return new AttachmentDownload(attachment, files.open(attachment.fileId()));
    }

    /** The letter for the officer (DOCX or PDF) of one kind. */
    byte[] letter(Actor actor, String tn, LetterKind kind, boolean pdf) {
        DisclosureRequest request = actions.load(actor, tn, READERS);
        ClockState state = request.clock(actions.clock, today());
        LetterData data = kind == LetterKind.REPLY ? replyLetter(request, state) : notice(request, state, kind);
        return pdf ? renderer().pdf(data) : renderer().docx(data);
    }

    private LetterData replyLetter(DisclosureRequest request, ClockState state) {
        return new LetterData(LetterKind.REPLY, request.trackingNumber(), unitName(request.unitId()),
                request.applicant().name(), state.receivedOn(), state.decidedOn(), request.description(),
                state.decision() == null ? null : state.decision().name(),
                state.decision() == null ? null : state.decision().label(), request.decisionReasons(), Map.of(),
                addressee(request), issuer(request));
    }

    static LetterRenderer.Addressee addressee(DisclosureRequest request) {
        return request.applicant().type().isOrganisation() ? LetterRenderer.Addressee.ORGANISATION
                : LetterRenderer.Addressee.PERSON;
    }

    /**
     * The unit's details for its letters; the 文号 serial is the request's place among the unit's requests
     * submitted in the same (Beijing) year.
     */
    LetterRenderer.Issuer issuer(DisclosureRequest request) {
        return units.letterDetails(request.unitId()).map(d -> {
            String number = null;
            if (d.letterNumberPrefix() != null) {
                int year = request.submittedAt().atZone(org.gongkai.common.TimeConfiguration.ZONE).getYear();
                number = LetterRenderer.Issuer.letterNumber(d.letterNumberPrefix(), year,
                        repository.serialInYear(request.id(), request.unitId(), year));
            }
            return new LetterRenderer.Issuer(d.contactPerson(), d.phone(), d.address(), number,
                    d.reconsiderationBody(), d.litigationCourt());
        }).orElse(LetterRenderer.Issuer.UNKNOWN);
    }

    private LetterData notice(DisclosureRequest request, ClockState state, LetterKind kind) {
        Map<String, String> extra = new HashMap<>();
        ClockEvent last = null;
        ClockEventType wanted = switch (kind) {
            case CORRECTION_NOTICE -> ClockEventType.CORRECTION_REQUESTED;
            case EXTENSION_NOTICE -> ClockEventType.EXTENDED;
            case FEE_NOTICE -> ClockEventType.FEE_NOTICE;
            case CONSULTATION_LETTER -> ClockEventType.CONSULTATION_STARTED;
            case REPLY -> ClockEventType.DECIDED;
        };
        for (ClockEvent e : request.events()) {
            if (e.type() == wanted) {
                last = e;
            }
        }
        if (last == null) {
            throw new GongkaiException(ErrorCode.NOT_FOUND, "该申请没有可生成的" + wanted.label() + "文书");
        }
        if (last.deadline() != null) {
            extra.put("correctionDeadline", last.deadline().toString());
        } else if (wanted == ClockEventType.CORRECTION_REQUESTED) {
            extra.put("correctionDeadline", calendar.addWorkingDays(last.on(), actions.settings().correctionPeriod()).date().toString());
        }
        if (last.days() != null) {
            extra.put("extensionDays", last.days().toString());
        }
        if (state.dueDate() != null) {
            extra.put("newDueDate", state.dueDate().toString());
        }
        if (request.feeAmountFen() != null) {
            extra.put("amountYuan", RequestService.yuan(request.feeAmountFen()));
        }
        if (last.detail() != null && wanted == ClockEventType.CONSULTATION_STARTED) {
            extra.put("consultee", last.detail());
        }
        if (wanted == ClockEventType.CONSULTATION_STARTED) {
            extra.put("consultationDeadline", calendar.addWorkingDays(last.on(), actions.settings().consultationMax()).date().toString());
        }
        if (wanted == ClockEventType.FEE_NOTICE) {
            if (last.detail() != null) {
                java.util.regex.Matcher method = FEE_METHOD.matcher(last.detail());
                if (method.find()) {
                    extra.put("feeMethod", method.group(1));
                }
            }
            // as the clock computes it (RequestClock), also once the fee is paid
            extra.put("paymentDeadline", calendar.addWorkingDays(last.on(), actions.settings().feePaymentPeriod())
                    .date().toString());
        }
        if (wanted == ClockEventType.CORRECTION_REQUESTED && last.detail() != null) {
            extra.put("correctionItems", last.detail());
        }
        return new LetterData(kind, request.trackingNumber(), unitName(request.unitId()), request.applicant().name(),
                state.receivedOn(), last.on(), request.description(), null, null, null, extra, addressee(request),
                issuer(request));
    }

    /** The method in a fee notice's record, e.g. "金额 1700.00 元（按量计收）". */
    private static final Pattern FEE_METHOD = Pattern.compile("（(按[件量]计收)）");

    private LetterRenderer renderer() {
        LetterRenderer renderer = letters.getIfAvailable();
        if (renderer == null) {
            throw new GongkaiException(ErrorCode.NOT_FOUND, "文书生成功能尚未启用");
        }
        return renderer;
    }

    String unitName(long unitId) {
        return units.findById(unitId).map(UnitView::name).orElse("");
    }
}
