package org.gongkai.trading.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The trading officer's notice commands, audited as {@code WRITE_TRADING_NOTICE} and {@code RESUBMIT_TRADING_NOTICE}
 * (the catalogue audits its own {@code SUBMIT_MODULE_DRAFT} / {@code RESUBMIT_MODULE_DRAFT} in the same transaction).
 * Authorisation is the project's scope (404 outside it, 403 without the role).
 */
@Configuration(proxyBeanMethods = false)
public class NoticeCommands {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 500;
    static final int BODY_MAX = 20_000;

    /** A notice for a project, submitted to the catalogue's review at once. Dates are YYYY-MM-DD. */
    public record WriteTradingNotice(
            @NotBlank @Size(max = 60) String projectCode,
            @NotBlank(message = "请选择公告类型") @Size(max = 20, message = "公告类型不正确") String kind,
            @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @Size(max = SUMMARY_MAX, message = "摘要不能超过{max}字") String summary,
            @NotBlank(message = "请填写公告正文") @Size(max = BODY_MAX, message = "正文不能超过{max}字") String body,
            @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String objectionStart,
            @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String objectionEnd) implements Command {

        @Override
        public String objectType() {
            return "TradingProject";
        }

        @Override
        public String objectId() {
            return projectCode;
        }
    }

    /** A notice the catalogue's reviewer returned, corrected and submitted again. */
    public record ResubmitTradingNotice(
            @NotNull Long noticeId,
            @Size(max = TITLE_MAX, message = "标题不能超过{max}字") String title,
            @Size(max = SUMMARY_MAX, message = "摘要不能超过{max}字") String summary,
            @NotBlank(message = "请填写公告正文") @Size(max = BODY_MAX, message = "正文不能超过{max}字") String body,
            @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String objectionStart,
            @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String objectionEnd) implements Command {

        @Override
        public String objectType() {
            return "TradingNotice";
        }

        @Override
        public String objectId() {
            return String.valueOf(noticeId);
        }
    }

    /** What writing a notice answers: the notice, its catalogue document and its review status. */
    public record Written(long noticeId, long documentId, String status, String statusLabel) {}

    @Bean
    CommandHandler<WriteTradingNotice, Written> writeTradingNoticeHandler(Notices notices) {
        return CommandHandlers.handle(WriteTradingNotice.class, (c, context) -> notices.write(c, context.requireActor()))
                .authorisedBy((c, actor) -> notices.project(actor, c.projectCode()))
                .describedBy((c, r) -> "撰写交易公告（" + c.kind() + "），文件 " + r.documentId() + " 提交审查")
                .build();
    }

    @Bean
    CommandHandler<ResubmitTradingNotice, Written> resubmitTradingNoticeHandler(Notices notices) {
        return CommandHandlers.handle(ResubmitTradingNotice.class,
                        (c, context) -> notices.resubmit(c, context.requireActor()))
                .authorisedBy((c, actor) -> notices.staffNotice(actor, c.noticeId()))
                .describedBy((c, r) -> "修改被退回的交易公告，文件 " + r.documentId() + " 重新提交审查")
                .build();
    }
}
