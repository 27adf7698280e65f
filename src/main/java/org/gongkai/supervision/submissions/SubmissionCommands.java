package org.gongkai.supervision.submissions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff actions on information submissions, each audited by the dispatcher under its name
 * ({@code SUBMIT_INFORMATION}, {@code ADOPT_SUBMISSION}, …). A unit's 信息员 submits and attaches; the office edits,
 * adopts, records instructions, declines and compiles its bulletin's issues. Dates are YYYY-MM-DD.
 */
@Configuration(proxyBeanMethods = false)
public class SubmissionCommands {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;

    public record SubmitInformation(
            @Size(max = 40, message = "单位代码不能超过{max}个字符") String unitCode,
            @NotBlank(message = "请填写标题") @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @NotBlank(message = "请填写正文") @Size(max = TEXT_MAX, message = "正文不能超过{max}字") String text)
            implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** A file attached to a submission (stored through FileStore with purpose INFORMATION_SUBMISSION). */
    public record AttachToSubmission(@NotNull Long submissionId,
            @NotBlank(message = "请选择文件") @Size(max = 255, message = "文件名不能超过{max}个字符") String name,
            @NotNull(message = "请选择文件") byte[] content) implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return String.valueOf(submissionId);
        }
    }

    public record EditSubmission(@NotNull Long submissionId,
            @NotBlank(message = "请填写标题") @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @NotBlank(message = "请填写正文") @Size(max = TEXT_MAX, message = "正文不能超过{max}字") String text)
            implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return String.valueOf(submissionId);
        }
    }

    /** Adoption by one publication (刊物 code of the settings) on a date. */
    public record AdoptSubmission(@NotNull Long submissionId,
            @NotBlank(message = "请选择刊物") @Size(max = 40, message = "刊物代码不能超过{max}个字符") String publication,
            @NotBlank(message = "请填写采用日期") @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String on)
            implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return String.valueOf(submissionId);
        }
    }

    /** A leader's instruction (批示) on an adopted item; its level (settings) gives the points. */
    public record RecordInstruction(@NotNull Long submissionId,
            @NotBlank(message = "请选择批示级别") @Size(max = 40, message = "批示级别不能超过{max}个字符") String level,
            @NotBlank(message = "请填写批示领导") @Size(max = 60, message = "批示领导不能超过{max}字") String leader,
            @NotBlank(message = "请填写批示日期") @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String on,
            @Size(max = 1000, message = "批示内容不能超过{max}字") String text) implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return String.valueOf(submissionId);
        }
    }

    public record DeclineSubmission(@NotNull Long submissionId,
            @NotBlank(message = "请填写不予采用的理由") @Size(max = 500, message = "理由不能超过{max}字") String reason)
            implements Command {
        @Override
        public String objectType() {
            return "InformationSubmission";
        }

        @Override
        public String objectId() {
            return String.valueOf(submissionId);
        }
    }

    /** An issue of the office's own bulletin from adopted submissions, in the order given. */
    public record CompileBulletinIssue(
            @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @NotEmpty(message = "请选择要编入本期的信息") @Size(max = 60, message = "一期最多编入{max}条信息")
            List<@NotNull Long> submissionIds) implements Command {
        @Override
        public String objectType() {
            return "SubmissionBulletinIssue";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    @Bean
    CommandHandler<SubmitInformation, Submission> submitInformationHandler(Submissions submissions) {
        return CommandHandlers.handle(SubmitInformation.class, (c, ctx) -> submissions.submit(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.requireEditor(actor))
                .objectId((c, r) -> String.valueOf(r.id()))
                .describedBy((c, r) -> "报送政务信息")
                .build();
    }

    @Bean
    CommandHandler<AttachToSubmission, Submission> attachToSubmissionHandler(Submissions submissions) {
        return CommandHandlers.handle(AttachToSubmission.class, (c, ctx) -> submissions.attach(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.readable(actor, c.submissionId()))
                .describedBy((c, r) -> "添加附件")
                .build();
    }

    @Bean
    CommandHandler<EditSubmission, Submission> editSubmissionHandler(Submissions submissions) {
        return CommandHandlers.handle(EditSubmission.class, (c, ctx) -> submissions.edit(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.scorable(actor, c.submissionId()))
                .describedBy((c, r) -> "编辑政务信息")
                .build();
    }

    @Bean
    CommandHandler<AdoptSubmission, Submission> adoptSubmissionHandler(Submissions submissions) {
        return CommandHandlers.handle(AdoptSubmission.class, (c, ctx) -> submissions.adopt(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.scorable(actor, c.submissionId()))
                .describedBy((c, r) -> "记录采用：" + c.publication() + " " + c.on())
                .build();
    }

    @Bean
    CommandHandler<RecordInstruction, Submission> recordInstructionHandler(Submissions submissions) {
        return CommandHandlers.handle(RecordInstruction.class, (c, ctx) -> submissions.instruct(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.scorable(actor, c.submissionId()))
                .describedBy((c, r) -> "记录领导批示：" + c.level() + " " + c.on())
                .build();
    }

    @Bean
    CommandHandler<DeclineSubmission, Submission> declineSubmissionHandler(Submissions submissions) {
        return CommandHandlers.handle(DeclineSubmission.class, (c, ctx) -> submissions.decline(c))
                .authorisedBy((c, actor) -> submissions.scorable(actor, c.submissionId()))
                .describedBy((c, r) -> "不予采用")
                .build();
    }

    @Bean
    CommandHandler<CompileBulletinIssue, BulletinIssues.Issue> compileBulletinIssueHandler(BulletinIssues issues,
            Submissions submissions) {
        return CommandHandlers.handle(CompileBulletinIssue.class, (c, ctx) -> issues.compile(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> submissions.requireOffice(actor))
                .objectId((c, r) -> String.valueOf(r.id()))
                .describedBy((c, r) -> "编印《" + r.title() + "》" + r.year() + "年第" + r.number() + "期，"
                        + r.items().size() + "条")
                .build();
    }
}
