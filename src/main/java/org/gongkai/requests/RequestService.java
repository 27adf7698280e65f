package org.gongkai.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.common.Sm3;
import org.gongkai.files.FileStore;
import org.gongkai.search.DocumentSearch;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.fees.FeeSchedule;
import org.gongkai.requests.letters.LetterRenderer;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests module's one application service: intake, every clock action, handling steps, decisions,
 * delivery, reviews, the historical import and the reminder sweep. Owns the transactions; every state change
 * is audited; data scope (the actor's units) is applied on every staff read and write (others get 404).
 */
@Service
@Transactional
public class RequestService {

    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Role[] READERS = {Role.REQUEST_OFFICER, Role.SUPERVISOR, Role.LEADER};

    private final RequestRepository repository;
    private final RequestClock clock;
    private final WorkingDayCalendar calendar;
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final FieldCipher cipher;
    private final Clock time;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<LetterRenderer> letters;
    private final ObjectProvider<FeeSchedule> fees;
    private final FileStore files;
    private final DocumentSearch search;
    private final SecureRandom random = new SecureRandom();

    /** What an applicant may attach (e.g. a copy of their ID card). */
    public static final Set<String> APPLICANT_ATTACHMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    /** What officers may attach to a request: PDF, Office/OpenDocument, images. */
    public static final Set<String> OFFICER_ATTACHMENT_TYPES = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "image/png", "image/jpeg", "image/gif", "image/webp");

    RequestService(RequestRepository repository, WorkingDayCalendar calendar, RequestSettings settings,
            UnitDirectory units, StaffDirectory staff, AuditLog audit, FieldCipher cipher, Clock time,
            ApplicationEventPublisher events, ObjectProvider<LetterRenderer> letters, ObjectProvider<FeeSchedule> fees,
            FileStore files, DocumentSearch search) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = new RequestClock(calendar, settings);
        this.units = units;
        this.staff = staff;
        this.audit = audit;
        this.cipher = cipher;
        this.time = time;
        this.events = events;
        this.letters = letters;
        this.fees = fees;
        this.files = files;
        this.search = search;
    }

    /** A file as uploaded (content not yet checked); the caller closes the stream. */
    public record Upload(String name, java.io.InputStream content) {}

    /** An attachment opened for download; the caller closes the stream. */
    public record AttachmentDownload(RequestAttachment attachment, java.io.InputStream content) {}

    /** What the applicant gets back after submitting. */
    public record Submitted(String trackingNumber, String accessCode, LocalDate receivedOn, LocalDate dueDate)
            implements java.io.Serializable {}

    LocalDate today() {
        return LocalDate.now(time);
    }

    /** The one clock (pages show "today" from it). */
    public Clock clock() {
        return time;
    }

    public RequestSettings settings() {
        return clock.settings();
    }

    // --- intake ----------------------------------------------------------------------------------------

    /** Every problem with an application, field by field (empty when it is fine). */
    public List<FieldProblem> problems(ApplicationInput in) {
        List<FieldProblem> out = new ArrayList<>();
        ApplicantType type = parse(ApplicantType.class, in.applicantType());
        if (type == null) {
            out.add(new FieldProblem("applicantType", "请选择申请人类型"));
        }
        if (blank(in.name())) {
            out.add(new FieldProblem("name", type != null && type.isOrganisation() ? "请填写单位名称" : "请填写姓名"));
        } else if (in.name().length() > 100) {
            out.add(new FieldProblem("name", "名称不能超过100个字"));
        }
        if (type == ApplicantType.NATURAL_PERSON) {
            IdNumbers.problem(trim(in.idNumber()).toUpperCase()).ifPresent(m -> out.add(new FieldProblem("idNumber", m)));
        } else if (type != null) {
            CreditCodes.problem(trim(in.creditCode()).toUpperCase())
                    .ifPresent(m -> out.add(new FieldProblem("creditCode", m)));
        }
        if (blank(in.phone())) {
            out.add(new FieldProblem("phone", "请填写联系电话"));
        } else if (!MOBILE.matcher(trim(in.phone())).matches()) {
            out.add(new FieldProblem("phone", "手机号码应为11位，以1开头，第二位为3至9"));
        }
        if (!blank(in.email()) && !EMAIL.matcher(trim(in.email())).matches()) {
            out.add(new FieldProblem("email", "电子邮箱格式不正确"));
        }
        if (blank(in.unitCode())) {
            out.add(new FieldProblem("unitCode", "请选择受理单位"));
        } else if (units.findByCreditCode(trim(in.unitCode())).isEmpty()) {
            out.add(new FieldProblem("unitCode", "未找到该受理单位，请从列表中选择"));
        }
        if (blank(in.description())) {
            out.add(new FieldProblem("description", "请描述所需政府信息（名称、文号或其他特征）"));
        } else if (in.description().length() > 4000) {
            out.add(new FieldProblem("description", "所需信息描述不能超过4000字"));
        }
        if (parse(DeliveryForm.class, in.deliveryForm()) == null) {
            out.add(new FieldProblem("deliveryForm", "请选择信息的提供形式"));
        }
        DeliveryChannel channel = parse(DeliveryChannel.class, in.deliveryChannel());
        if (channel == null) {
            out.add(new FieldProblem("deliveryChannel", "请选择获取信息的方式"));
        } else if (channel == DeliveryChannel.EMAIL && blank(in.email())) {
            out.add(new FieldProblem("email", "选择电子邮件获取时，请填写电子邮箱"));
        } else if (channel == DeliveryChannel.POST && blank(in.address())) {
            out.add(new FieldProblem("address", "选择邮寄时，请填写通信地址"));
        }
        return out;
    }

    /**
     * An online application. With an idempotency key, a repeated submission returns the first one's receipt
     * (the same key with different content is refused).
     */
    public Submitted submitOnline(ApplicationInput in, String idempotencyKey) {
        return submitOnline(in, idempotencyKey, null);
    }

    /**
     * An online application with an optional attachment (PDF, JPEG or PNG up to the configured size; a refused
     * file is reported at the field {@code attachment} and nothing is saved).
     */
    public Submitted submitOnline(ApplicationInput in, String idempotencyKey, Upload attachment) {
        String bodyHash = Sm3.hex(String.valueOf(in));
        if (!blank(idempotencyKey)) {
            Optional<RequestRepository.Idempotent> seen = repository.idempotent(idempotencyKey.trim());
            if (seen.isPresent()) {
                if (!seen.get().bodyHash().equals(bodyHash)) {
                    throw new GongkaiException(ErrorCode.CONFLICT, "该幂等键已用于另一份申请，请勿重复使用");
                }
                DisclosureRequest first = repository.findById(seen.get().requestId()).orElseThrow();
                ClockState state = first.clock(clock, today());
                return new Submitted(first.trackingNumber(), repository.decryptAccessCode(seen.get().accessCodeEnc()),
                        state.receivedOn(), state.dueDate());
            }
        }
        requireValid(in);
        FileStore.StoredFile stored = attachment == null ? null
                : store(attachment, APPLICANT_ATTACHMENT_TYPES, "attachment",
                        "。您填写的其他内容已保留；浏览器出于安全原因不能保留已选择的文件，请重新选择附件（或不附附件直接提交）。");
        LocalDate receivedOn = settings().onlineReceiptNeedsConfirmation() ? null : today();
        Created created = create(in, Channel.ONLINE, receivedOn, false);
        if (!blank(idempotencyKey)) {
            repository.insertIdempotent(idempotencyKey.trim(), bodyHash, created.request().id(), created.accessCode(),
                    time.instant());
        }
        if (stored != null) {
            repository.insertAttachment(created.request().id(), stored.id(), stored.originalName(), stored.mediaType(),
                    stored.size(), RequestAttachment.APPLICANT, time.instant());
        }
        audit.success("REQUEST_SUBMITTED", "DisclosureRequest", created.request().trackingNumber(),
                stored == null ? "网上申请" : "网上申请，附件 1 个（" + stored.mediaType() + "，" + stored.size() + " 字节）");
        return new Submitted(created.request().trackingNumber(), created.accessCode(), created.state().receivedOn(),
                created.state().dueDate());
    }

    /** A request received by letter, in person, fax or e-mail, registered by staff with its receipt date. */
    public Submitted register(Actor actor, ApplicationInput in, Channel channel, LocalDate receivedOn) {
        requireValid(in);
        if (channel == null) {
            throw GongkaiException.invalid("channel", "请选择申请方式");
        }
        if (receivedOn == null) {
            throw GongkaiException.invalid("receivedOn", "请填写收到申请日期（" + channel.receiptRule() + "）");
        }
        if (receivedOn.isAfter(today())) {
            throw GongkaiException.invalid("receivedOn", "收到申请日期不能晚于今天");
        }
        UnitView unit = units.findByCreditCode(trim(in.unitCode())).orElseThrow();
        requireScope(actor, unit.id(), Role.REQUEST_OFFICER);
        Created created = create(in, channel, receivedOn, false);
        audit.success("REQUEST_REGISTERED", "DisclosureRequest", created.request().trackingNumber(),
                channel.label() + "，收到日期 " + receivedOn);
        return new Submitted(created.request().trackingNumber(), created.accessCode(), created.state().receivedOn(),
                created.state().dueDate());
    }

    private record Created(DisclosureRequest request, String accessCode, ClockState state) {}

    private Created create(ApplicationInput in, Channel channel, LocalDate receivedOn, boolean imported) {
        UnitView unit = units.findByCreditCode(trim(in.unitCode())).orElseThrow(
                () -> GongkaiException.invalid("unitCode", "未找到该受理单位"));
        ApplicantType type = ApplicantType.valueOf(in.applicantType());
        String identity = type.isOrganisation() ? upperOrNull(in.creditCode()) : upperOrNull(in.idNumber());
        Applicant applicant = new Applicant(type, in.name().trim(), identity, trimOrNull(in.phone()),
                trimOrNull(in.email()), trimOrNull(in.address()));
        DisclosureRequest request = DisclosureRequest.submitted(newTrackingNumber(), unit.id(), channel, applicant,
                in.description().trim(), DeliveryForm.valueOf(in.deliveryForm()),
                DeliveryChannel.valueOf(in.deliveryChannel()), time.instant(), imported);
        ClockState state = request.clock(clock, today());
        if (receivedOn != null) {
            state = request.record(ClockEvent.of(ClockEventType.RECEIVED, receivedOn, channel.receiptRule()), clock,
                    today());
        }
        String accessCode = newAccessCode();
        repository.insert(request, accessHash(request.trackingNumber(), accessCode), state.dueDate(), state,
                actorName(), time.instant());
        events.publishEvent(new RequestNotices.RequestSubmitted(request.trackingNumber(), unit.id()));
        if (receivedOn != null) {
            events.publishEvent(new RequestEvents.RequestReceived(request.trackingNumber(), unit.id(), type,
                    receivedOn, state.dueDate()));
        }
        return new Created(request, accessCode, state);
    }

    private void requireValid(ApplicationInput in) {
        List<FieldProblem> problems = problems(in);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems.get(0).field(), problems.get(0).message());
        }
    }

    // --- the applicant's view --------------------------------------------------------------------------

    /** The status for a tracking number and access code; anything wrong is simply not found. */
    @Transactional(readOnly = true)
    public StatusView status(String trackingNumber, String accessCode) {
        return statusView(forApplicant(trackingNumber, accessCode));
    }

    /** The reply letter as PDF, once delivered. */
    @Transactional(readOnly = true)
    public byte[] replyLetterPdf(String trackingNumber, String accessCode) {
        DisclosureRequest request = forApplicant(trackingNumber, accessCode);
        ClockState state = request.clock(clock, today());
        if (state.deliveredOn() == null) {
            throw GongkaiException.notFound();
        }
        return renderer().pdf(replyLetter(request, state));
    }

    private DisclosureRequest forApplicant(String trackingNumber, String accessCode) {
        if (blank(trackingNumber) || blank(accessCode)) {
            throw GongkaiException.notFound();
        }
        String tn = trackingNumber.trim().toUpperCase();
        String expected = repository.accessCodeHash(tn).orElseThrow(GongkaiException::notFound);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(),
                accessHash(tn, accessCode.trim().toUpperCase()).getBytes())) {
            throw GongkaiException.notFound();
        }
        return repository.findByTrackingNumber(tn).orElseThrow(GongkaiException::notFound);
    }

    StatusView statusView(DisclosureRequest request) {
        ClockState state = request.clock(clock, today());
        boolean delivered = state.deliveredOn() != null;
        List<ClockState.Line> lines = state.lines().stream()
                .filter(l -> delivered || l.type() != ClockEventType.DECIDED).toList();
        String summary = delivered ? state.summary()
                : new ClockState(state.receivedOn(), state.status() == ClockState.Status.DECIDED
                        ? ClockState.Status.RUNNING : state.status(), state.due(), state.excludedDays(),
                        state.correctionDeadline(), state.paymentDeadline(), null, null, null, lines).summary();
        ClockState.Status shown = state.status() == ClockState.Status.DECIDED && !delivered
                ? ClockState.Status.RUNNING : state.status();
        return new StatusView(request.trackingNumber(), shown.name(),
                delivered ? "已答复并送达" : shown.label(), request.applicant().maskedName(), unitName(request.unitId()),
                state.receivedOn(), state.dueDate(), state.provisional(), lines, summary,
                state.due() == null ? null : state.due().explanation(),
                delivered ? state.decision() : null, delivered ? state.decidedOn() : null, state.deliveredOn());
    }

    // --- staff reads -----------------------------------------------------------------------------------

    /** The queue of the actor's units (open requests first by due date). */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(Actor actor, boolean openOnly) {
        return repository.queue(units.visibleUnits(actor, READERS), openOnly);
    }

    /** Open requests past their due date in the actor's scope (the supervisor's list). */
    @Transactional(readOnly = true)
    public List<QueueRow> overdue(Actor actor) {
        LocalDate today = today();
        return repository.queue(units.visibleUnits(actor, READERS), true).stream()
                .filter(r -> r.dueOn() != null && today.isAfter(r.dueOn())).toList();
    }

    @Transactional(readOnly = true)
    public List<RequestReminder> reminders(Actor actor) {
        return repository.reminders(units.visibleUnits(actor, READERS));
    }

    /** The officer's page: personal data in full, so the view is audited. */
    public OfficerView officerView(Actor actor, String trackingNumber) {
        DisclosureRequest request = load(actor, trackingNumber, READERS);
        ClockState state = request.clock(clock, today());
        audit.success("REQUEST_PERSONAL_DATA_VIEWED", "DisclosureRequest", request.trackingNumber(),
                "查看申请人完整信息");
        String assignee = request.assigneeId() == null ? null
                : staff.findById(request.assigneeId()).map(StaffDirectory.StaffView::displayName).orElse(null);
        return new OfficerView(request, state, statusView(request), unitName(request.unitId()), assignee,
                state.overdueOn(today()), repository.notes(request.id()), repository.attachments(request.id()),
                duplicateHints(request), possiblyPublished(request));
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

    // --- actions ---------------------------------------------------------------------------------------

    /** 受理: confirms receipt when still unconfirmed, and moves 登记 → 审核. */
    public ClockState accept(Actor actor, String tn, LocalDate receivedOn) {
        return act(actor, tn, "REQUEST_ACCEPTED", request -> {
            ClockState state = request.clock(clock, today());
            if (state.receivedOn() == null) {
                state = request.record(ClockEvent.of(ClockEventType.RECEIVED, receivedOn == null ? today() : receivedOn,
                        request.channel().receiptRule()), clock, today());
            }
            request.moveTo(Step.REVIEWING);
            return state;
        });
    }

    /** 审核完成: 审核 → 办理. */
    public ClockState review(Actor actor, String tn) {
        return act(actor, tn, "REQUEST_REVIEWED", request -> {
            request.moveTo(Step.PROCESSING);
            return request.clock(clock, today());
        });
    }

    public ClockState requestCorrection(Actor actor, String tn, LocalDate on, LocalDate deadline, String what) {
        requireText(what, "what", "请写明需要补正的内容");
        return record(actor, tn, "REQUEST_CORRECTION_REQUESTED",
                new ClockEvent(ClockEventType.CORRECTION_REQUESTED, date(on), null, deadline, null, what));
    }

    public ClockState recordCorrection(Actor actor, String tn, LocalDate on) {
        return record(actor, tn, "REQUEST_CORRECTION_RECEIVED", ClockEvent.of(ClockEventType.CORRECTION_RECEIVED, date(on)));
    }

    public ClockState startConsultation(Actor actor, String tn, LocalDate on, String consultee) {
        requireText(consultee, "consultee", "请填写征求意见的对象");
        return record(actor, tn, "REQUEST_CONSULTATION_STARTED",
                ClockEvent.of(ClockEventType.CONSULTATION_STARTED, date(on), consultee));
    }

    public ClockState endConsultation(Actor actor, String tn, LocalDate on) {
        return record(actor, tn, "REQUEST_CONSULTATION_ENDED", ClockEvent.of(ClockEventType.CONSULTATION_ENDED, date(on)));
    }

    public ClockState extend(Actor actor, String tn, LocalDate on, Integer days, String approver) {
        requireText(approver, "approver", "请填写批准延期的负责人");
        return record(actor, tn, "REQUEST_EXTENDED",
                new ClockEvent(ClockEventType.EXTENDED, date(on), days, null, null, approver));
    }

    /**
     * A fee notice: the amount comes from the fee schedule, per application (this applicant's ordinal in the
     * calendar month) or per page, never both.
     */
    public ClockState feeNotice(Actor actor, String tn, LocalDate on, String method, Integer pages) {
        return act(actor, tn, "REQUEST_FEE_NOTICE", request -> {
            long fen;
            if ("PER_APPLICATION".equals(method)) {
                ClockState now = request.clock(clock, today());
                int ordinal = repository.ordinalInMonth(repository.identityIndexOf(request.id()), request.id(),
                        now.receivedOn() == null ? date(on) : now.receivedOn());
                fen = feeSchedule().perApplicationFen(ordinal);
            } else if ("PER_PAGE".equals(method)) {
                if (pages == null || pages < 1) {
                    throw GongkaiException.invalid("pages", "请填写页数");
                }
                fen = feeSchedule().perPageFen(pages);
            } else {
                throw GongkaiException.invalid("method", "请选择计费方式：按件或按量（二者只能选一）");
            }
            if (fen <= 0) {
                throw GongkaiException.invalid("method", "按此方式计算不收费，无需发出收费通知");
            }
            request.feeAmountFen(fen);
            return request.record(ClockEvent.of(ClockEventType.FEE_NOTICE, date(on),
                    "金额 " + yuan(fen) + " 元（" + ("PER_PAGE".equals(method) ? "按量" : "按件") + "计收）"), clock, today());
        });
    }

    public ClockState recordPayment(Actor actor, String tn, LocalDate on) {
        return record(actor, tn, "REQUEST_FEE_PAID", ClockEvent.of(ClockEventType.FEE_PAID, date(on)));
    }

    public ClockState decide(Actor actor, String tn, LocalDate on, DecisionCode code, String reasons) {
        if (code == null) {
            throw GongkaiException.invalid("decisionCode", "请选择办理结果");
        }
        requireText(reasons, "reasons", "请写明答复理由和依据");
        return act(actor, tn, "REQUEST_DECIDED", request -> {
            ClockState state = request.record(new ClockEvent(ClockEventType.DECIDED, date(on), null, null, code, null),
                    clock, today());
            request.decisionReasons(reasons.trim());
            return state;
        });
    }

    /** A withdrawal by the applicant ends the request as （六）3 其他. */
    public ClockState withdraw(Actor actor, String tn, LocalDate on, String reason) {
        return act(actor, tn, "REQUEST_WITHDRAWN", request -> {
            ClockState state = request.record(new ClockEvent(ClockEventType.DECIDED, date(on), null, null,
                    DecisionCode.OTHER, "申请人撤回申请"), clock, today());
            request.decisionReasons("申请人撤回申请" + (blank(reason) ? "" : "：" + reason.trim()));
            return state;
        });
    }

    public ClockState deliver(Actor actor, String tn, LocalDate on, String channel) {
        requireText(channel, "channel", "请填写送达方式");
        ClockState state = record(actor, tn, "REQUEST_DELIVERED", ClockEvent.of(ClockEventType.DELIVERED, date(on), channel));
        events.publishEvent(new RequestNotices.ReplyDelivered(trim(tn).toUpperCase(), state.deliveredOn()));
        return state;
    }

    public ClockState archive(Actor actor, String tn) {
        return act(actor, tn, "REQUEST_ARCHIVED", request -> {
            ClockState state = request.clock(clock, today());
            if (state.deliveredOn() == null) {
                throw new GongkaiException(ErrorCode.CONFLICT, "答复送达后才能归档", "step");
            }
            request.moveTo(Step.ARCHIVED);
            return state;
        });
    }

    public ClockState assign(Actor actor, String tn, long staffId) {
        return act(actor, tn, "REQUEST_ASSIGNED", request -> {
            StaffDirectory.StaffView officer = staff.findById(staffId).filter(StaffDirectory.StaffView::active)
                    .orElseThrow(() -> GongkaiException.invalid("staffId", "未找到该工作人员"));
            Set<Role> roles = officer.unitRoles().getOrDefault(request.unitId(), Set.of());
            if (!roles.contains(Role.REQUEST_OFFICER)) {
                throw GongkaiException.invalid("staffId", "只能指派给本单位的依申请公开承办人");
            }
            request.assignTo(staffId);
            return request.clock(clock, today());
        });
    }

    public ClockState transfer(Actor actor, String tn, String unitCode, String reason) {
        requireText(reason, "reason", "请写明转办理由");
        return act(actor, tn, "REQUEST_TRANSFERRED", request -> {
            UnitView target = units.findByCreditCode(trim(unitCode))
                    .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位"));
            request.transferTo(target.id());
            repository.insertNote(request.id(), actorName(), "转办至 " + target.name() + "：" + reason.trim(),
                    time.instant());
            return request.clock(clock, today());
        });
    }

    public void addNote(Actor actor, String tn, String body) {
        requireText(body, "body", "请填写备注内容");
        act(actor, tn, "REQUEST_NOTE_ADDED", request -> {
            repository.insertNote(request.id(), actorName(), body.trim(), time.instant());
            return null;
        });
    }

    /** Links a file already stored by the files module. */
    public void addAttachment(Actor actor, String tn, String fileId, String name, String mediaType, long size) {
        act(actor, tn, "REQUEST_ATTACHMENT_ADDED", request -> {
            repository.insertAttachment(request.id(), fileId, name, mediaType, size, actorName(), time.instant());
            return null;
        });
    }

    /** An officer uploads a file to one of their unit's requests (PDF, Office, images; size limit as configured). */
    public RequestAttachment uploadAttachment(Actor actor, String tn, Upload upload) {
        DisclosureRequest request = load(actor, tn, Role.REQUEST_OFFICER);
        if (upload == null) {
            throw GongkaiException.invalid("file", "请选择要上传的文件");
        }
        FileStore.StoredFile stored = store(upload, OFFICER_ATTACHMENT_TYPES, "file", "");
        repository.insertAttachment(request.id(), stored.id(), stored.originalName(), stored.mediaType(),
                stored.size(), actorName(), time.instant());
        audit.success("REQUEST_ATTACHMENT_ADDED", "DisclosureRequest", request.trackingNumber(),
                stored.originalName() + "（" + stored.mediaType() + "，" + stored.size() + " 字节）");
        return repository.attachments(request.id()).stream().filter(a -> a.fileId().equals(stored.id()))
                .findFirst().orElseThrow();
    }

    /**
     * Opens an attachment for a reader of the request's unit (others: 404). Attachments may hold personal data
     * (an ID copy), so every download is audited.
     */
    public AttachmentDownload openAttachment(Actor actor, String tn, long attachmentId) {
        DisclosureRequest request = load(actor, tn, READERS);
        RequestAttachment attachment = repository.attachment(request.id(), attachmentId)
                .orElseThrow(GongkaiException::notFound);
        audit.success("REQUEST_ATTACHMENT_DOWNLOADED", "DisclosureRequest", request.trackingNumber(),
                "下载附件 " + attachment.id() + "：" + attachment.name());
        return new AttachmentDownload(attachment, files.open(attachment.fileId()));
    }

    private FileStore.StoredFile store(Upload upload, Set<String> types, String field, String advice) {
        try {
            return files.store(upload.content(), upload.name(), types, settings().attachmentMaxBytes());
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            String message = e.getMessage();
            throw GongkaiException.invalid(field, advice.isEmpty() ? message
                    : (message.endsWith("。") ? message.substring(0, message.length() - 1) : message) + advice);
        }
    }

    public void recordReview(Actor actor, String tn, ReviewKind kind, LocalDate filedOn, ReviewResult result) {
        if (kind == null) {
            throw GongkaiException.invalid("kind", "请选择复议或诉讼类型");
        }
        if (filedOn == null) {
            throw GongkaiException.invalid("filedOn", "请填写提起日期");
        }
        act(actor, tn, "REQUEST_REVIEW_RECORDED", request -> {
            Review review = new Review(kind, filedOn, result == null ? ReviewResult.PENDING : result);
            request.addReview(review);
            repository.insertReview(request.id(), review, time.instant());
            return null;
        });
    }

    /** The final result of a pending reconsideration or lawsuit, known on {@code resultOn}. */
    public void concludeReview(Actor actor, String tn, ReviewKind kind, LocalDate filedOn, ReviewResult result,
            LocalDate resultOn) {
        if (kind == null) {
            throw GongkaiException.invalid("kind", "请选择复议或诉讼类型");
        }
        if (filedOn == null) {
            throw GongkaiException.invalid("filedOn", "请填写提起日期");
        }
        act(actor, tn, "REQUEST_REVIEW_CONCLUDED", request -> {
            Review review = request.concludeReview(kind, filedOn, result, resultOn, today());
            repository.concludeReview(request.id(), review);
            return null;
        });
    }

    /** The letter for the officer (DOCX or PDF) of one kind. */
    @Transactional(readOnly = true)
    public byte[] letter(Actor actor, String tn, LetterKind kind, boolean pdf) {
        DisclosureRequest request = load(actor, tn, READERS);
        ClockState state = request.clock(clock, today());
        LetterData data = kind == LetterKind.REPLY ? replyLetter(request, state) : notice(request, state, kind);
        return pdf ? renderer().pdf(data) : renderer().docx(data);
    }

    // --- the historical import ---------------------------------------------------------------------------

    /** One past request of a ledger being imported. */
    public record ImportLine(String applicantType, String applicantName, String unitCode, String channel,
            LocalDate receivedOn, String description, List<ClockEvent> events, DecisionCode decisionCode,
            LocalDate decidedOn, List<Review> reviews) {}

    /**
     * Imports a ledger all or nothing, with the same clock rules as the live path. Returns the tracking numbers
     * in input order.
     */
    public List<String> importLedger(Actor actor, List<ImportLine> lines) {
        Set<Long> scope = units.visibleUnits(actor, Role.REQUEST_OFFICER);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(importOne(lines.get(i), scope));
            } catch (GongkaiException e) {
                throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + (i + 1) + " 行：" + e.getMessage(),
                        e.field());
            }
        }
        audit.success("REQUEST_LEDGER_IMPORTED", "DisclosureRequest", null,
                "导入历史申请 " + out.size() + " 件：" + String.join(",", out));
        return out;
    }

    private String importOne(ImportLine line, Set<Long> scope) {
        ApplicantType type = parse(ApplicantType.class, line.applicantType());
        if (type == null) {
            throw GongkaiException.invalid("applicantType", "申请人类型不正确");
        }
        if (blank(line.applicantName())) {
            throw GongkaiException.invalid("applicantName", "请填写申请人名称");
        }
        if (blank(line.description())) {
            throw GongkaiException.invalid("description", "请填写所需信息描述");
        }
        Channel channel = parse(Channel.class, line.channel());
        if (channel == null) {
            throw GongkaiException.invalid("channel", "申请方式不正确");
        }
        if (line.receivedOn() == null) {
            throw GongkaiException.invalid("receivedOn", "请填写收到申请日期");
        }
        UnitView unit = units.findByCreditCode(trim(line.unitCode()))
                .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位：" + line.unitCode()));
        if (!scope.contains(unit.id())) {
            throw GongkaiException.invalid("unitCode", "无权导入该单位的申请：" + unit.name());
        }
        if ((line.decisionCode() == null) != (line.decidedOn() == null)) {
            throw GongkaiException.invalid("decisionCode", "办理结果和答复日期须同时填写");
        }
        DisclosureRequest request = DisclosureRequest.submitted(newTrackingNumber(), unit.id(), channel,
                new Applicant(type, line.applicantName().trim(), null, null, null, null), line.description().trim(),
                DeliveryForm.ELECTRONIC, DeliveryChannel.ONLINE, time.instant(), true);
        LocalDate today = today();
        ClockState state = request.record(ClockEvent.of(ClockEventType.RECEIVED, line.receivedOn(), "历史台账导入"),
                clock, today);
        for (ClockEvent e : line.events()) {
            if (e.type() == ClockEventType.RECEIVED || e.type() == ClockEventType.DECIDED
                    || e.type() == ClockEventType.DELIVERED) {
                throw GongkaiException.invalid("events", "事项类型不正确：" + e.type());
            }
            state = request.record(e, clock, today);
        }
        if (line.decisionCode() != null) {
            state = request.record(new ClockEvent(ClockEventType.DECIDED, line.decidedOn(), null, null,
                    line.decisionCode(), "历史台账导入"), clock, today);
            request.decisionReasons("历史台账导入");
        }
        for (Review review : line.reviews()) {
            request.addReview(review);
        }
        repository.insert(request, accessHash(request.trackingNumber(), newAccessCode()), state.dueDate(), state,
                actorName(), time.instant());
        for (Review review : line.reviews()) {
            repository.insertReview(request.id(), review, time.instant());
        }
        return request.trackingNumber();
    }

    // --- the sweep -------------------------------------------------------------------------------------

    /** What one sweep did (for the log and tests). */
    public record SweepResult(int reminders, int overdue, int ended) {}

    /**
     * Ends requests whose correction or payment deadline passed, refreshes due dates that pauses move, and
     * records reminders at 5 and 1 WD before the due date and overdue flags (each once).
     */
    public SweepResult sweep(LocalDate today) {
        int reminders = 0;
        int overdue = 0;
        int ended = 0;
        for (QueueRow row : repository.open()) {
            DisclosureRequest request = repository.findById(row.id()).orElseThrow();
            ClockState state = request.clock(clock, today);
            if (state.status() == ClockState.Status.AWAITING_CORRECTION && today.isAfter(state.correctionDeadline())) {
                endAutomatically(request, today, DecisionCode.OTHER_NO_CORRECTION,
                        "申请人无正当理由逾期不补正（补正期限 " + state.correctionDeadline() + "），视为放弃申请");
                ended++;
                continue;
            }
            if (state.status() == ClockState.Status.AWAITING_PAYMENT && today.isAfter(state.paymentDeadline())) {
                endAutomatically(request, today, DecisionCode.OTHER_FEE_UNPAID,
                        "申请人逾期未缴纳信息处理费（缴费期限 " + state.paymentDeadline() + "），视为放弃申请");
                ended++;
                continue;
            }
            if (state.dueDate() == null) {
                continue;
            }
            if (!state.dueDate().equals(row.dueOn())) {
                repository.update(request, state.dueDate(), state, "system", time.instant());
            }
            int left = calendar.workingDaysBetween(today, state.dueDate());
            if (state.overdueOn(today)) {
                if (repository.insertReminder(request.id(), "OVERDUE", state.dueDate(),
                        "已超过答复期限 " + state.dueDate(), time.instant())) {
                    events.publishEvent(new RequestEvents.RequestOverdue(request.trackingNumber(), request.unitId(),
                            request.assigneeId(), state.dueDate()));
                    overdue++;
                }
            } else if (settings().reminderDays().contains(left) && calendar.isWorkingDay(today)) {
                if (repository.insertReminder(request.id(), "DUE_IN_" + left, state.dueDate(),
                        "距答复期限 " + state.dueDate() + " 还有 " + left + " 个工作日", time.instant())) {
                    events.publishEvent(new RequestEvents.DeadlineApproaching(request.trackingNumber(),
                            request.unitId(), request.assigneeId(), state.dueDate(), left));
                    reminders++;
                }
            }
        }
        return new SweepResult(reminders, overdue, ended);
    }

    private void endAutomatically(DisclosureRequest request, LocalDate today, DecisionCode code, String reasons) {
        ClockState state = request.record(new ClockEvent(ClockEventType.DECIDED, today, null, null, code, reasons),
                clock, today);
        request.decisionReasons(reasons);
        repository.update(request, state.dueDate(), state, "system", time.instant());
        audit.recordAs("system", "REQUEST_DECIDED", "DisclosureRequest", request.trackingNumber(),
                AuditLog.Outcome.SUCCESS, code.label());
        events.publishEvent(new RequestEvents.DecisionIssued(request.trackingNumber(), request.unitId(),
                request.applicant().type(), code, today));
    }

    // --- plumbing --------------------------------------------------------------------------------------

    private interface Action {
        ClockState apply(DisclosureRequest request);
    }

    private ClockState record(Actor actor, String tn, String auditAction, ClockEvent event) {
        return act(actor, tn, auditAction, request -> request.record(event, clock, today()));
    }

    private ClockState act(Actor actor, String tn, String auditAction, Action action) {
        DisclosureRequest request = load(actor, tn, Role.REQUEST_OFFICER);
        boolean wasDecided = request.clock(clock, today()).decision() != null;
        action.apply(request);
        ClockState state = request.clock(clock, today());
        repository.update(request, state.dueDate(), state, actorName(), time.instant());
        audit.success(auditAction, "DisclosureRequest", request.trackingNumber(), describe(request));
        if (!wasDecided && state.decision() != null) {
            events.publishEvent(new RequestEvents.DecisionIssued(request.trackingNumber(), request.unitId(),
                    request.applicant().type(), state.decision(), state.decidedOn()));
        }
        return state;
    }

    private static String describe(DisclosureRequest request) {
        List<ClockEvent> all = request.events();
        return all.isEmpty() ? request.step().label()
                : request.step().label() + "；" + all.get(all.size() - 1).type().label() + " " + all.get(all.size() - 1).on();
    }

    private DisclosureRequest load(Actor actor, String tn, Role... roles) {
        DisclosureRequest request = repository.findByTrackingNumber(trim(tn).toUpperCase())
                .orElseThrow(GongkaiException::notFound);
        requireScope(actor, request.unitId(), roles);
        return request;
    }

    private void requireScope(Actor actor, long unitId, Role... roles) {
        if (!units.visibleUnits(actor, roles).contains(unitId)) {
            throw GongkaiException.notFound();
        }
    }

    private LetterData replyLetter(DisclosureRequest request, ClockState state) {
        return new LetterData(LetterKind.REPLY, request.trackingNumber(), unitName(request.unitId()),
                request.applicant().name(), state.receivedOn(), state.decidedOn(), request.description(),
                state.decision() == null ? null : state.decision().name(),
                state.decision() == null ? null : state.decision().label(), request.decisionReasons(), Map.of());
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
            extra.put("correctionDeadline", calendar.addWorkingDays(last.on(), settings().correctionPeriod()).date().toString());
        }
        if (last.days() != null) {
            extra.put("extensionDays", last.days().toString());
        }
        if (state.dueDate() != null) {
            extra.put("newDueDate", state.dueDate().toString());
        }
        if (request.feeAmountFen() != null) {
            extra.put("amountYuan", yuan(request.feeAmountFen()));
        }
        if (last.detail() != null) {
            extra.put(wanted == ClockEventType.CONSULTATION_STARTED ? "consultee" : "detail", last.detail());
        }
        return new LetterData(kind, request.trackingNumber(), unitName(request.unitId()), request.applicant().name(),
                state.receivedOn(), last.on(), request.description(), null, null, null, extra);
    }

    private LetterRenderer renderer() {
        LetterRenderer renderer = letters.getIfAvailable();
        if (renderer == null) {
            throw new GongkaiException(ErrorCode.NOT_FOUND, "文书生成功能尚未启用");
        }
        return renderer;
    }

    private FeeSchedule feeSchedule() {
        FeeSchedule schedule = fees.getIfAvailable();
        if (schedule == null) {
            throw new GongkaiException(ErrorCode.CONFLICT, "收费标准尚未配置");
        }
        return schedule;
    }

    String unitName(long unitId) {
        return units.findById(unitId).map(UnitView::name).orElse("");
    }

    String newTrackingNumber() {
        String day = today().format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int attempt = 0; attempt < 20; attempt++) {
            String tn = "YS" + day + String.format("%06d", random.nextInt(1_000_000));
            if (!repository.trackingNumberTaken(tn)) {
                return tn;
            }
        }
        throw new IllegalStateException("no free tracking number");
    }

    String newAccessCode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            out.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return out.toString();
    }

    private String accessHash(String trackingNumber, String accessCode) {
        return cipher.blindIndex("access:" + trackingNumber + ":" + accessCode);
    }

    static String actorName() {
        return Actor.current().map(Actor::username).orElse("anonymous");
    }

    static String yuan(long fen) {
        return fen % 100 == 0 ? String.valueOf(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
    }

    private LocalDate date(LocalDate on) {
        return on == null ? today() : on;
    }

    private static void requireText(String value, String field, String message) {
        if (blank(value)) {
            throw GongkaiException.invalid(field, message);
        }
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

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String trimOrNull(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String upperOrNull(String s) {
        return blank(s) ? null : s.trim().toUpperCase();
    }
}
