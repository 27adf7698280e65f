package org.gongkai.services.ratings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.gongkai.commands.Command;

/** The commands of 好差评: a rating by the applicant, and the staff actions on a bad rating's rectification. */
public final class RatingCommands {

    public static final int TEXT_MAX = 2000;
    public static final int COMMENT_MAX = 500;

    private RatingCommands() {}

    /** A rating of a case on one channel, given with the case's query code (public). */
    public record RateCase(@NotBlank @Size(max = 32) String caseNumber, @NotBlank @Size(max = 64) String queryCode,
            @NotNull(message = "请选择评价等级") @Min(value = 1, message = "评价等级为 1 至 5")
            @Max(value = 5, message = "评价等级为 1 至 5") Integer level,
            @NotBlank(message = "请选择评价渠道") @Size(max = 16) String channel,
            @Size(max = COMMENT_MAX) String comment) implements Command {

        @Override
        public String objectType() {
            return "ServiceCase";
        }

        @Override
        public String objectId() {
            return caseNumber;
        }
    }

    /**
     * A step on a rectification; the audited object is the rectification. The dated steps carry the day the unit
     * acted ({@code on}; null = today): not after today, not before the rating nor the previous step.
     */
    sealed interface RectificationCommand extends Command {
        long rectificationId();

        @Override
        default String objectType() {
            return "Rectification";
        }

        @Override
        default String objectId() {
            return String.valueOf(rectificationId());
        }
    }

    /** Verified as founded: the response to the rater. */
    public record ConfirmBadRating(long rectificationId,
            @NotBlank(message = "请填写核实情况和答复") @Size(max = TEXT_MAX) String response, LocalDate on) implements RectificationCommand {}

    /** Verified as unfounded: the explanation. */
    public record ExplainBadRating(long rectificationId,
            @NotBlank(message = "请填写不属实的说明") @Size(max = TEXT_MAX) String explanation, LocalDate on) implements RectificationCommand {}

    /** What was done to rectify. */
    public record RecordRectification(long rectificationId,
            @NotBlank(message = "请填写整改措施") @Size(max = TEXT_MAX) String measures, LocalDate on) implements RectificationCommand {}

    /** The call-back to the rater and the outcome (published, masked). */
    public record CloseRectification(long rectificationId,
            @NotBlank(message = "请填写回访情况") @Size(max = TEXT_MAX) String callbackNote,
            @NotBlank(message = "请填写整改结果") @Size(max = TEXT_MAX) String outcome, LocalDate on) implements RectificationCommand {}

    /** An appeal to remove a mistaken or malicious rating. */
    public record AppealRating(long rectificationId,
            @NotBlank(message = "请填写申诉理由") @Size(max = TEXT_MAX) String reason) implements RectificationCommand {}

    /** The supervisor's or director's decision on the appeal. */
    public record DecideAppeal(long rectificationId, boolean upheld,
            @NotBlank(message = "请填写审核意见") @Size(max = TEXT_MAX) String note) implements RectificationCommand {}
}
