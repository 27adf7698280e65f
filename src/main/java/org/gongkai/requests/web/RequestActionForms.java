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
 * The request page's action forms: the command each form posts (by its path segment, see
 * {@code RequestAction.path()}), and — after a refusal — what the officer typed and the reason at its field,
 * so the page can be shown again without losing text ({@code f} in {@code requests/detail.html}).
 */
public final class RequestActionForms {

    private final String action;
    private final Map<String, String> typed;
    private final String field;
    private final String message;
    private final LocalDate today;

    private RequestActionForms(String action, Map<String, String> typed, String field, String message,
            LocalDate today) {
        this.action = action;
        this.typed = typed;
        this.field = field;
        this.message = message;
        this.today = today;
    }

    /** The page as first shown: no input, dates default to today. */
    static RequestActionForms empty(LocalDate today) {
        return new RequestActionForms(null, Map.of(), null, null, today);
    }

    /** The page after {@code action} was refused: the typed values and the reason (at {@code field} when the form has it). */
    static RequestActionForms refused(String action, Map<String, String> typed, GongkaiException e, LocalDate today) {
        String field = e.field() != null && typed.containsKey(e.field()) ? e.field() : null;
        return new RequestActionForms(action, typed, field, e.getMessage(), today);
    }

    /** The value to show in {@code name} of the form {@code form}: what was typed there, else {@code fallback}. */
    public String value(String form, String name, String fallback) {
        return form.equals(action) && typed.containsKey(name) ? typed.get(name) : fallback;
    }

    /** A date input's value: what was typed, else today. */
    public String dateValue(String form, String name) {
        return value(form, name, today.toString());
    }

    /** The reason at {@code name} of {@code form}, or null. */
    public String error(String form, String name) {
        return form.equals(action) && name.equals(field) ? message : null;
    }

    /** The reason for the whole form {@code form} when no input of it caused the refusal, or null. */
    public String formError(String form) {
        return form.equals(action) && field == null ? message : null;
    }

    public String refusedAction() {
        return action;
    }

    public String refusedField() {
        return field;
    }

    public String message() {
        return message;
    }

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
            case "transfer" -> new TransferRequest(tn, p.get("unitCode"), p.get("reason"));
            case "notes" -> new AddNote(tn, p.get("body"));
            case "review-record" -> new RecordReview(tn, kind(p.get("kind")), parseDate(p.get("filedOn"), "filedOn"),
                    result(p.get("result")));
            case "review-result" -> new ConcludeReview(tn, kind(p.get("kind")), parseDate(p.get("filedOn"), "filedOn"),
                    result(p.get("result")), parseDate(p.get("resultOn"), "resultOn"));
            default -> throw GongkaiException.notFound();
        };
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
