package org.gongkai.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.LocalDate;
import org.gongkai.commands.Command;

/**
 * Every staff action on a disclosure request as a command record, in one place. The console and the API build
 * these and hand them to {@link org.gongkai.commands.CommandDispatcher}; the handlers are in
 * {@link ClockCommandHandlers} (the statutory clock) and {@link CaseCommandHandlers} (the rest). The audit action
 * is the record's name in UPPER_SNAKE ({@code DecideRequest} → {@code DECIDE_REQUEST}). Component names are the
 * form and JSON field names, so a refusal names the input it concerns. A date left empty means today; dates
 * after today or before the previous ledger event are refused at {@code on}.
 */
public final class RequestCommands {

    private RequestCommands() {}

    // The longest text of each field, in characters: the commands enforce them (the dispatcher validates every
    // command), the API's JSON bodies and the console's maxlength declare the same numbers (issue #8).
    public static final int WHAT_MAX = 2000;
    public static final int CONSULTEE_MAX = 200;
    public static final int APPROVER_MAX = 100;
    public static final int REASONS_MAX = 4000;
    public static final int WITHDRAWAL_REASON_MAX = 1000;
    public static final int DELIVERY_CHANNEL_MAX = 100;
    public static final int UNIT_CODE_MAX = 18;
    public static final int TRANSFER_REASON_MAX = 1000;
    public static final int NOTE_MAX = 2000;

    /** A command on one existing request, named by its tracking number. */
    public interface RequestCommand extends Command {

        String trackingNumber();

        @Override
        default String objectType() {
            return "DisclosureRequest";
        }

        @Override
        default String objectId() {
            return trackingNumber();
        }
    }

    /** 登记: a request received by letter, in person, fax or e-mail, with its receipt date. */
    public record RegisterRequest(ApplicationInput input, Channel channel, LocalDate receivedOn) implements Command {

        @Override
        public String objectType() {
            return "DisclosureRequest";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** 受理: confirms receipt when still unconfirmed, and moves 登记 → 审核. */
    public record AcceptRequest(String trackingNumber, LocalDate on) implements RequestCommand {}

    /** 审核完成: 审核 → 办理. */
    public record ReviewRequest(String trackingNumber) implements RequestCommand {}

    public record RequestCorrection(String trackingNumber, LocalDate on, LocalDate deadline,
            @NotBlank(message = "请写明需要补正的内容") @Size(max = WHAT_MAX, message = "补正内容不能超过{max}字") String what)
            implements RequestCommand {}

    public record RecordCorrection(String trackingNumber, LocalDate on) implements RequestCommand {}

    public record StartConsultation(String trackingNumber, LocalDate on,
            @NotBlank(message = "请填写征求意见的对象") @Size(max = CONSULTEE_MAX, message = "征求意见对象不能超过{max}字") String consultee)
            implements RequestCommand {}

    public record EndConsultation(String trackingNumber, LocalDate on) implements RequestCommand {}

    public record ExtendRequest(String trackingNumber, LocalDate on, Integer days,
            @NotBlank(message = "请填写批准延期的负责人") @Size(max = APPROVER_MAX, message = "批准人不能超过{max}字") String approver)
            implements RequestCommand {}

    /** A fee notice: per application ({@code PER_APPLICATION}) or per page ({@code PER_PAGE}), never both. */
    public record SendFeeNotice(String trackingNumber, LocalDate on, String method, Integer pages)
            implements RequestCommand {}

    public record RecordPayment(String trackingNumber, LocalDate on) implements RequestCommand {}

    public record DecideRequest(String trackingNumber, LocalDate on,
            @NotNull(message = "请选择办理结果") DecisionCode decisionCode,
            @NotBlank(message = "请写明答复理由和依据") @Size(max = REASONS_MAX, message = "理由不能超过{max}字") String reasons)
            implements RequestCommand {}

    /** The applicant withdraws: ends the request as （六）3 其他. */
    public record WithdrawRequest(String trackingNumber, LocalDate on,
            @Size(max = WITHDRAWAL_REASON_MAX, message = "说明不能超过{max}字") String reason) implements RequestCommand {}

    public record DeliverReply(String trackingNumber, LocalDate on,
            @NotBlank(message = "请填写送达方式") @Size(max = DELIVERY_CHANNEL_MAX, message = "送达方式不能超过{max}字") String channel)
            implements RequestCommand {}

    public record ArchiveRequest(String trackingNumber) implements RequestCommand {}

    public record AssignRequest(String trackingNumber, @NotNull(message = "请选择承办人") Long staffId)
            implements RequestCommand {}

    /**
     * 转办: to the unit chosen from the page's grouped list ({@code unitId}) or named by its credit code (the API's
     * {@code unitCode}); one of the two is required, and only a unit that handles applications is accepted.
     */
    public record TransferRequest(String trackingNumber, Long unitId,
            @Size(max = UNIT_CODE_MAX, message = "统一社会信用代码为18位") String unitCode,
            @NotBlank(message = "请写明转办理由") @Size(max = TRANSFER_REASON_MAX, message = "转办理由不能超过{max}字") String reason)
            implements RequestCommand {

        /** By credit code (the API, programmatic callers). */
        public TransferRequest(String trackingNumber, String unitCode, String reason) {
            this(trackingNumber, null, unitCode, reason);
        }
    }

    public record AddNote(String trackingNumber,
            @NotBlank(message = "请填写备注内容") @Size(max = NOTE_MAX, message = "备注不能超过{max}字") String body)
            implements RequestCommand {}

    /** An officer's upload (PDF, Office, images; size limit as configured); the caller closes the stream. */
    public record AddAttachment(String trackingNumber, String name, InputStream content) implements RequestCommand {}

    /** A reconsideration or lawsuit about the decision, filed on {@code filedOn}. */
    public record RecordReview(String trackingNumber, @NotNull(message = "请选择复议或诉讼类型") ReviewKind kind,
            @NotNull(message = "请填写提起日期") LocalDate filedOn, ReviewResult result) implements RequestCommand {}

    /** The final result of a pending reconsideration or lawsuit, known on {@code resultOn}. */
    public record ConcludeReview(String trackingNumber, @NotNull(message = "请选择复议或诉讼类型") ReviewKind kind,
            @NotNull(message = "请填写提起日期") LocalDate filedOn, ReviewResult result, LocalDate resultOn)
            implements RequestCommand {}
}
