package org.gongkai.hotline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/**
 * One record per staff action on a ticket, named as the form and JSON fields; the dispatcher validates them and audits
 * each as {@code DISPATCH_TICKET}, {@code RETURN_TICKET}, …
 */
public final class HotlineCommands {

    public static final int NUMBER_MAX = 32;
    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 4000;
    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 20;
    public static final int ADDRESS_MAX = 300;
    public static final int TOPIC_MAX = 100;
    public static final int REASON_MAX = 1000;
    public static final int REPLY_MAX = 4000;
    public static final int UNIT_CODE_MAX = 18;
    public static final int CATEGORY_MAX = 32;

    private HotlineCommands() {}

    /** A ticket command names its ticket. */
    public interface TicketCommand extends Command {
        String ticketNumber();

        @Override
        default String objectType() {
            return "HotlineTicket";
        }

        @Override
        default String objectId() {
            return ticketNumber();
        }
    }

    /** What a caller asks, as typed (checked by {@link HotlineIntake}). */
    public record TicketInput(@Size(max = CATEGORY_MAX) String category, @Size(max = 16) String urgency,
            @Size(max = TITLE_MAX) String title, @Size(max = CONTENT_MAX) String content,
            @Size(max = NAME_MAX) String callerName, @Size(max = PHONE_MAX) String callerPhone,
            @Size(max = ADDRESS_MAX) String address, @Size(max = TOPIC_MAX) String topic, Double lat, Double lon,
            boolean anonymous) {}

    /** The receipt of a new ticket: the query code is shown once and stored only as a keyed digest. */
    public record Taken(String ticketNumber, String queryCode, java.time.Instant receivedAt,
            java.time.LocalDate dueDate) implements java.io.Serializable {}

    /** A citizen's ticket from the portal form or the public API (no staff member). */
    public record SubmitTicket(@NotNull @jakarta.validation.Valid TicketInput input, @NotNull TicketChannel channel)
            implements Command {
        @Override
        public String objectType() {
            return "HotlineTicket";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** An operator's intake at the centre (phone, letter, …). */
    public record TakeTicket(@NotNull @jakarta.validation.Valid TicketInput input, @NotNull TicketChannel channel)
            implements Command {
        @Override
        public String objectType() {
            return "HotlineTicket";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** Dispatch to the lead unit (主办单位), and for joint handling to co-units (协办单位, at most 5). */
    public record DispatchTicket(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请选择承办单位") @Size(max = UNIT_CODE_MAX) String unitCode,
            @Size(max = REASON_MAX) String note,
            @Size(max = 5, message = "协办单位最多 5 个") java.util.List<@Size(max = UNIT_CODE_MAX) String> coUnitCodes)
            implements TicketCommand {

        public DispatchTicket {
            coUnitCodes = coUnitCodes == null ? java.util.List.of()
                    : coUnitCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
        }

        public DispatchTicket(String ticketNumber, String unitCode, String note) {
            this(ticketNumber, unitCode, note, java.util.List.of());
        }
    }

    /** A co-unit's part in joint handling (协办意见), which the lead unit sums up in its reply. */
    public record ContributePart(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请填写协办意见") @Size(max = REPLY_MAX) String part) implements TicketCommand {}

    public record AcceptTicket(@Size(max = NUMBER_MAX) String ticketNumber) implements TicketCommand {}

    public record ReturnTicket(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请写明退单理由") @Size(max = REASON_MAX) String reason) implements TicketCommand {}

    public record ArbitrateReturn(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请选择仲裁后的承办单位") @Size(max = UNIT_CODE_MAX) String unitCode,
            @NotBlank(message = "请写明仲裁意见") @Size(max = REASON_MAX) String decision) implements TicketCommand {}

    public record RequestExtension(@Size(max = NUMBER_MAX) String ticketNumber,
            @Min(value = 1, message = "延期天数至少为 1") @Max(value = 365, message = "延期天数过大") int days,
            @NotBlank(message = "请写明延期理由") @Size(max = REASON_MAX) String reason) implements TicketCommand {}

    /** The centre's decision on the unit's extension request (the endpoint {@code extend}). */
    public record DecideExtension(@Size(max = NUMBER_MAX) String ticketNumber, boolean approved,
            @Min(value = 0, message = "延期天数不能为负") @Max(value = 365, message = "延期天数过大") int days,
            @Size(max = REASON_MAX) String note) implements TicketCommand {}

    public record UrgeTicket(@Size(max = NUMBER_MAX) String ticketNumber, @Size(max = REASON_MAX) String note)
            implements TicketCommand {}

    public record ReplyTicket(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请填写答复内容") @Size(max = REPLY_MAX) String reply) implements TicketCommand {}

    public record CloseTicket(@Size(max = NUMBER_MAX) String ticketNumber) implements TicketCommand {}

    public record RecordCallback(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotNull(message = "请选择满意度") @Min(value = 1, message = "满意度为 1 至 5")
            @Max(value = 5, message = "满意度为 1 至 5") Integer satisfaction,
            @NotNull(message = "请选择问题是否解决") Boolean solved, @Size(max = REASON_MAX) String note)
            implements TicketCommand {}

    public record ReopenTicket(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请写明重新办理的理由") @Size(max = REASON_MAX) String reason) implements TicketCommand {}

    public record MergeTicket(@Size(max = NUMBER_MAX) String ticketNumber,
            @NotBlank(message = "请填写要合并到的工单编号") @Size(max = NUMBER_MAX) String into) implements TicketCommand {}
}
