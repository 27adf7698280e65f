package org.gongkai.requests.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestCommands.AcceptRequest;
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
import org.gongkai.requests.RequestCommands.RequestCorrection;
import org.gongkai.requests.RequestCommands.ReviewRequest;
import org.gongkai.requests.RequestCommands.SendFeeNotice;
import org.gongkai.requests.RequestCommands.StartConsultation;
import org.gongkai.requests.RequestCommands.TransferRequest;
import org.gongkai.requests.RequestCommands.WithdrawRequest;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;

/**
 * The request page's action forms: the command each form posts, by its path segment (see
 * {@code RequestAction.path()}), built from the form's parameters. What was typed and the reason after a refusal
 * travel in a {@link org.gongkai.web.FailedAction} named by the same path ({@code failed} in
 * {@code requests/detail.html}).
 */
final class RequestActionForms {

    private RequestActionForms() {}

    /** The command a form posts; unknown paths are not found. */
    static Command command(String action, String tn, Map<String, String> p) {
        return switch (action) {
            case "accept" -> new AcceptRequest(tn, parseDate(p.get("on"), "on"));
            case "review" -> new ReviewRequest(tn);
            case "correction-request" -> new RequestCorrection(tn, parseDate(p.get("on"), "on"),
                    parseDate(p.get("deadline"), "deadline"), p.get("what"));
            case "correction" -> new RecordCorrection(tn, parseDate(p.get("on"), "on"));
            case "consultation" -> new StartConsultation(tn, parseDate(p.get("on"), "on"), p.get("consultee"));
            case "consultation-end" -> new EndConsultation(tn, parseDate(p.get("on"), "on"));
            case "extension" -> new ExtendRequest(tn, parseDate(p.get("on"), "on"), integer(p.get("days"), "days"),
                    p.get("approver"));
            case "fee-notice" -> new SendFeeNotice(tn, parseDate(p.get("on"), "on"), p.get("method"),
                    integer(p.get("pages"), "pages"));
            case "payment" -> new RecordPayment(tn, parseDate(p.get("on"), "on"));
            case "decision" -> new DecideRequest(tn, parseDate(p.get("on"), "on"), decision(p.get("decisionCode")),
                    p.get("reasons"));
            case "delivery" -> new DeliverReply(tn, parseDate(p.get("on"), "on"), p.get("channel"));
            case "withdrawal" -> new WithdrawRequest(tn, parseDate(p.get("on"), "on"), p.get("reason"));
            case "archive" -> new ArchiveRequest(tn);
            case "assignment" -> new AssignRequest(tn, longValue(p.get("staffId"), "staffId"));
            case "transfer" -> new TransferRequest(tn, longValue(p.get("unitId"), "unitId"), p.get("unitCode"),
                    p.get("reason"));
            case "notes" -> new AddNote(tn, p.get("body"));
            case "review-record" -> new RecordReview(tn, kind(p.get("kind")), parseDate(p.get("filedOn"), "filedOn"),
                    result(p.get("result")));
            case "review-result" -> concludeReview(tn, p);
            default -> throw GongkaiException.notFound();
        };
    }

    /**
     * The page offers one form for the pending reviews: {@code review} names the one concluded as
     * {@code KIND/filedOn} (the API and older forms send {@code kind} and {@code filedOn}).
     */
    private static ConcludeReview concludeReview(String tn, Map<String, String> p) {
        String kind = p.get("kind");
        String filedOn = p.get("filedOn");
        String review = p.get("review");
        if (review != null && !review.isBlank()) {
            int slash = review.indexOf('/');
            if (slash < 0) {
                throw GongkaiException.invalid("review", "请选择要登记审结结果的复议或诉讼");
            }
            kind = review.substring(0, slash);
            filedOn = review.substring(slash + 1);
        }
        return new ConcludeReview(tn, kind(kind), parseDate(filedOn, "filedOn"), result(p.get("result")),
                parseDate(p.get("resultOn"), "resultOn"));
    }

    static LocalDate parseDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw GongkaiException.invalid(field, "日期格式不正确，应为 YYYY-MM-DD");
        }
    }

    static Integer integer(String text, String field) {
        Long value = longValue(text, field);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw GongkaiException.invalid(field, "数值超出允许范围");
        }
        return value == null ? null : value.intValue();
    }

    static Long longValue(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写整数");
        }
    }

    static DecisionCode decision(String code) {
        try {
            return code == null || code.isBlank() ? null : DecisionCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("decisionCode", "办理结果不正确");
        }
    }

    static ReviewKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : ReviewKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("kind", "复议诉讼类型不正确");
        }
    }

    static ReviewResult result(String result) {
        try {
            return result == null || result.isBlank() ? null : ReviewResult.valueOf(result);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("result", "结果不正确");
        }
    }
}
