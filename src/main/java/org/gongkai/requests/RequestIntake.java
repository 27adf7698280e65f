package org.gongkai.requests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.common.Sm3;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.RequestService.Submitted;
import org.gongkai.requests.RequestService.Upload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake: the checks of an application, the online submission (idempotent, with an optional ID copy) and the
 * creation of a request with its tracking number and access code (also used by staff registration and the
 * historical import).
 */
@Component
class RequestIntake {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** The first 条例 took effect on 2008-05-01: no real request was received before. */
    static final LocalDate EARLIEST_RECEIPT = LocalDate.of(2008, 5, 1);

    private final RequestActions actions;
    private final RequestRepository repository;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final FieldCipher cipher;
    private final Clock time;
    private final ApplicationEventPublisher events;
    private final FileStore files;
    private final RegisterMasking masking;
    private final SecureRandom random = new SecureRandom();

    RequestIntake(RequestActions actions, UnitDirectory units, AuditLog audit, FieldCipher cipher, Clock time,
            ApplicationEventPublisher events, FileStore files, RegisterMasking masking) {
        this.actions = actions;
        this.repository = actions.repository;
        this.units = units;
        this.audit = audit;
        this.cipher = cipher;
        this.time = time;
        this.events = events;
        this.files = files;
        this.masking = masking;
    }

    private LocalDate today() {
        return actions.today();
    }

    private static final int MAX_EMAIL = ApplicationInput.EMAIL_MAX;
    private static final int MAX_ADDRESS = ApplicationInput.ADDRESS_MAX;

    /** Every problem with an application, field by field (empty when it is fine). */
    List<FieldProblem> problems(ApplicationInput in) {
        List<FieldProblem> out = new ArrayList<>();
        ApplicantType type = parse(ApplicantType.class, in.applicantType());
        if (type == null) {
            out.add(new FieldProblem("applicantType", "请选择申请人类型"));
        }
        if (blank(in.name())) {
            out.add(new FieldProblem("name", type != null && type.isOrganisation() ? "请填写单位名称" : "请填写姓名"));
        } else if (in.name().length() > ApplicationInput.NAME_MAX) {
            out.add(new FieldProblem("name", "名称不能超过" + ApplicationInput.NAME_MAX + "个字"));
        }
        if (type == ApplicantType.NATURAL_PERSON) {
            IdNumbers.problem(trim(in.idNumber()).toUpperCase()).ifPresent(m -> out.add(new FieldProblem("idNumber", m)));
        } else if (type != null) {
            CreditCodes.problem(trim(in.creditCode()).toUpperCase())
                    .ifPresent(m -> out.add(new FieldProblem("creditCode", m)));
        }
        if (blank(in.phone())) {
            out.add(new FieldProblem("phone", "请填写联系电话"));
        } else if (!org.gongkai.common.PersonalData.isMobile(trim(in.phone()))) {
            out.add(new FieldProblem("phone", "手机号码应为11位，以1开头，第二位为3至9"));
        }
        if (!blank(in.email()) && in.email().length() > MAX_EMAIL) {
            out.add(new FieldProblem("email", "电子邮箱不能超过" + MAX_EMAIL + "个字符"));
        } else if (!blank(in.email()) && !EMAIL.matcher(trim(in.email())).matches()) {
            out.add(new FieldProblem("email", "电子邮箱格式不正确"));
        }
        if (in.address() != null && in.address().length() > MAX_ADDRESS) {
            out.add(new FieldProblem("address", "通信地址不能超过" + MAX_ADDRESS + "个字"));
        }
        if (blank(in.unitCode())) {
            out.add(new FieldProblem("unitCode", "请选择受理单位"));
        } else {
            var unit = units.findByCreditCode(trim(in.unitCode()));
            if (unit.isEmpty()) {
                out.add(new FieldProblem("unitCode", "未找到该受理单位，请从列表中选择"));
            } else if (!ReceivingUnits.handlesApplications(unit.get(), id -> units.findById(id).orElse(null))) {
                out.add(new FieldProblem("unitCode", "该单位不受理政府信息公开申请，请从列表中选择受理单位"));
            }
        }
        if (blank(in.description())) {
            out.add(new FieldProblem("description", "请描述所需政府信息（名称、文号或其他特征）"));
        } else if (in.description().length() > ApplicationInput.DESCRIPTION_MAX) {
            out.add(new FieldProblem("description", "所需信息描述不能超过" + ApplicationInput.DESCRIPTION_MAX + "字"));
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
    Submitted submitOnline(ApplicationInput in, String idempotencyKey) {
        return submitOnline(in, idempotencyKey, null);
    }

    /**
     * An online application with an optional attachment ({@link AttachmentPurpose#PUBLIC_APPLICATION}; a refused
     * file is reported at the field {@code attachment} and nothing is saved).
     */
    Submitted submitOnline(ApplicationInput in, String idempotencyKey, Upload attachment) {
        String bodyHash = Sm3.hex(String.valueOf(in));
        if (!blank(idempotencyKey)) {
            Optional<RequestRepository.Idempotent> seen = repository.idempotent(idempotencyKey.trim());
            if (seen.isPresent()) {
                if (!seen.get().bodyHash().equals(bodyHash)) {
                    throw new GongkaiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "该幂等键已用于另一份申请，请勿重复使用");
                }
                DisclosureRequest first = repository.findById(seen.get().requestId()).orElseThrow();
                ClockState state = first.clock(actions.clock, today());
                return new Submitted(first.trackingNumber(), repository.decryptAccessCode(seen.get().accessCodeEnc()),
                        state.receivedOn(), state.dueDate());
            }
        }
        requireValid(in);
        FileStore.StoredFile stored = attachment == null ? null
                : store(attachment, AttachmentPurpose.PUBLIC_APPLICATION, "attachment",
                        "。您填写的其他内容已保留；浏览器出于安全原因不能保留已选择的文件，请重新选择附件（或不附附件直接提交）。");
        LocalDate receivedOn = actions.settings().onlineReceiptNeedsConfirmation() ? null : today();
        Created created = create(in, Channel.ONLINE, receivedOn, false);
        if (receivedOn != null) {
            events.publishEvent(created.received());
        }
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

    /**
     * A request received by letter, in person, fax or e-mail, registered by staff with its receipt date (run by
     * the {@code RegisterRequest} command; the caller publishes {@code RequestReceived}).
     */
    Created register(Actor actor, ApplicationInput in, Channel channel, LocalDate receivedOn) {
        requireValid(in);
        if (channel == null) {
            throw GongkaiException.invalid("channel", "请选择申请方式");
        }
        if (receivedOn == null) {
            throw GongkaiException.invalid("receivedOn", "请填写收到申请日期（" + channel.receiptRule() + "）");
        }
        if (receivedOn.isAfter(today())) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "收到申请日期不能晚于今天", "receivedOn");
        }
        if (receivedOn.isBefore(EARLIEST_RECEIPT)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE,
                    "收到申请日期不能早于 " + EARLIEST_RECEIPT + "（《政府信息公开条例》施行之日）", "receivedOn");
        }
        UnitView unit = units.findByCreditCode(trim(in.unitCode())).orElseThrow();
        if (actor != null) {
            actions.requireScope(actor, unit.id(), Role.REQUEST_OFFICER);
        }
        return create(in, channel, receivedOn, false);
    }

    record Created(DisclosureRequest request, String accessCode, ClockState state) {

        Submitted submitted() {
            return new Submitted(request.trackingNumber(), accessCode, state.receivedOn(), state.dueDate());
        }

        RequestEvents.RequestReceived received() {
            return new RequestEvents.RequestReceived(request.trackingNumber(), request.unitId(),
                    request.applicant().type(), state.receivedOn(), state.dueDate());
        }
    }

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
        ClockState state = request.clock(actions.clock, today());
        if (receivedOn != null) {
            state = request.record(ClockEvent.of(ClockEventType.RECEIVED, receivedOn, channel.receiptRule()),
                    actions.clock, today());
        }
        String accessCode = newAccessCode();
        repository.insert(request, accessHash(request.trackingNumber(), accessCode), state.dueDate(), state,
                RequestService.actorName(), time.instant());
        repository.recordIntake(request.id(), in.publishConsent(), accessCode,
                masking.mask(request.description(), applicant));
        events.publishEvent(new RequestNotices.RequestSubmitted(request.trackingNumber(), unit.id()));
        return new Created(request, accessCode, state);
    }

    /**
     * Stores an upload under the one attachment policy of {@code purpose} (its types and its size from
     * {@code gongkai.files.max-bytes.*}); a refused file is reported at {@code field}, with {@code advice} added.
     */
    FileStore.StoredFile store(Upload upload, AttachmentPurpose purpose, String field, String advice) {
        try {
            return files.store(upload.content(), upload.name(), purpose);
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED) {
                throw e;
            }
            String message = e.getMessage();
            throw GongkaiException.invalid(field, advice.isEmpty() ? message
                    : (message.endsWith("。") ? message.substring(0, message.length() - 1) : message) + advice);
        }
    }

    private void requireValid(ApplicationInput in) {
        List<FieldProblem> problems = problems(in);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems.get(0).field(), problems.get(0).message());
        }
    }


    String newTrackingNumber() {
        String day = today().format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int attempt = 0; attempt < 20; attempt++) {
            String tn = "YS" + day + String.format("%06d", random.nextInt(1_000_000));
            if (!repository.trackingNumberTaken(tn)) {
                return tn;
            }
        }
        throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "没有可用的受理编号，请稍后重试");
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

    String accessCodeHash(String trackingNumber, String accessCode) {
        return accessHash(trackingNumber, accessCode);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return RequestService.parse(type, value);
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
