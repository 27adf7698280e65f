package org.gongkai.consultations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/**
 * Every change to a consultation is one of these commands, dispatched by the pages and the APIs and audited by the
 * dispatcher (SAVE_CONSULTATION, SUBMIT_CONSULTATION_COMMENT, …). Handlers: {@link ConsultationCommandHandlers}.
 * Components are named as the JSON and form fields.
 */
public final class ConsultationCommands {

    private ConsultationCommands() {}

    static final String DATE = "(\\d{4}-\\d{2}-\\d{2})?";

    interface OnConsultation extends Command {
        Long consultationId();

        @Override
        default String objectType() {
            return "Consultation";
        }

        @Override
        default String objectId() {
            return consultationId() == null ? null : String.valueOf(consultationId());
        }
    }

    /**
     * Writes a new draft consultation ({@code consultationId} null) or changes a draft. Dates as YYYY-MM-DD; a period
     * shorter than the setting's minimum needs {@code shortReason}, shown on the public page. Result: the id.
     */
    public record SaveConsultation(Long consultationId,
            @NotNull(message = "请选择单位") @Positive(message = "单位不正确") Long unitId,
            @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过 200 个字") String title,
            @NotBlank(message = "请填写草案全文") @Size(max = 100_000, message = "草案全文不能超过 100000 个字") String draftText,
            @Positive(message = "文件编号不正确") Long draftDocumentId,
            @NotBlank(message = "请填写起草说明") @Size(max = 20_000, message = "起草说明不能超过 20000 个字") String explanation,
            boolean normative,
            @NotBlank(message = "请填写开始日期") @Size(max = 10) @Pattern(regexp = DATE, message = "日期格式应为 YYYY-MM-DD")
            String opensOn,
            @NotBlank(message = "请填写截止日期") @Size(max = 10) @Pattern(regexp = DATE, message = "日期格式应为 YYYY-MM-DD")
            String closesOn,
            @Size(max = 500, message = "缩短期限的理由不能超过 500 个字") String shortReason,
            @Size(max = 100, message = "电子邮箱不能超过 100 个字符") @Email(message = "电子邮箱格式不正确") String email,
            @Size(max = 300, message = "信函地址不能超过 300 个字") String letterAddress) implements OnConsultation {}

    /** Announces a draft: it opens on its opening date (at once when that is today). */
    public record ScheduleConsultation(@NotNull Long consultationId) implements OnConsultation {}

    /** The sweep opens a scheduled consultation on its opening date (system only). */
    public record OpenConsultation(@NotNull Long consultationId) implements OnConsultation {}

    /** The sweep closes an open consultation the day after its closing date (system only). */
    public record CloseConsultation(@NotNull Long consultationId) implements OnConsultation {}

    /** A comment from the public while the consultation is open. Result: the comment's id. */
    public record SubmitConsultationComment(@NotNull Long consultationId,
            @Size(max = 40, message = "姓名不能超过 40 个字") String name,
            @NotBlank(message = "请填写联系方式（电话或电子邮箱），只用于联系您，不会公开")
            @Size(max = 100, message = "联系方式不能超过 100 个字符") String contact,
            @Size(max = 40, message = "条款不能超过 40 个字") String article,
            @NotBlank(message = "请填写意见内容") @Size(max = 4000, message = "意见内容不能超过 4000 个字") String text)
            implements OnConsultation {}

    /** Publishes ({@code PUBLISH}) a comment's guarded copy, or hides it ({@code HIDE}) with a reason. */
    public record ModerateConsultationComment(@NotNull Long consultationId, @NotNull Long commentId,
            @NotBlank(message = "请选择处理方式") @Pattern(regexp = "PUBLISH|HIDE", message = "处理方式不正确") String action,
            @Size(max = 300, message = "理由不能超过 300 个字") String reason) implements OnConsultation {}

    /** Puts a comment into the group of an article of the draft (e.g. 第五条; empty = 总体意见). */
    public record GroupConsultationComment(@NotNull Long consultationId, @NotNull Long commentId,
            @Size(max = 40, message = "条款不能超过 40 个字") String article) implements OnConsultation {}

    /** Records for the comments on one article whether they were adopted, partly adopted or not, and why. */
    public record DecideConsultationGroup(@NotNull Long consultationId,
            @NotBlank(message = "请填写条款") @Size(max = 40, message = "条款不能超过 40 个字") String article,
            @NotBlank(message = "请选择采纳情况") @Pattern(regexp = "ADOPTED|PARTLY_ADOPTED|NOT_ADOPTED",
                    message = "采纳情况不正确") String decision,
            @NotBlank(message = "请填写理由") @Size(max = 1000, message = "理由不能超过 1000 个字") String reason)
            implements OnConsultation {}

    /** Generates (again, until approved) the feedback report of a closed consultation from its decisions. */
    public record GenerateConsultationFeedback(@NotNull Long consultationId,
            @Size(max = 2000, message = "说明不能超过 2000 个字") String summary) implements OnConsultation {}

    /** The unit's leader approves the generated feedback report. */
    public record ApproveConsultationFeedback(@NotNull Long consultationId) implements OnConsultation {}

    /** Publishes the approved feedback report on the consultation's page. */
    public record PublishConsultationFeedback(@NotNull Long consultationId) implements OnConsultation {}

    /** Links the final document, published in the catalogue, to the consultation on its draft (both pages link). */
    public record LinkConsultationFinalDocument(@NotNull Long consultationId,
            @NotNull(message = "请填写文件编号") @Positive(message = "文件编号不正确") Long documentId)
            implements OnConsultation {}

    /** A file attached to a draft or scheduled consultation's draft (stored as {@code CONSULTATION_DRAFT}). */
    public record AddConsultationAttachment(@NotNull Long consultationId,
            @NotBlank(message = "请选择文件") @Size(max = 255, message = "文件名不能超过 255 个字符") String name,
            @NotNull(message = "请选择文件") byte[] content) implements OnConsultation {}

    /** Removes a file from a draft or scheduled consultation's draft. */
    public record RemoveConsultationAttachment(@NotNull Long consultationId, @NotNull Long attachmentId)
            implements OnConsultation {}
}
