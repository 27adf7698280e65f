package org.gongkai.requests;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statutory periods and local choices for disclosure requests ({@code gongkai.requests.*}), defaults from
 * RULES §1.
 *
 * @param replyWorkingDays            the reply period (20 WD, 《条例》第三十三条)
 * @param correctionNoticeWithin      a correction notice must go out within this many WD of receipt (7)
 * @param correctionPeriod            default deadline given to the applicant to correct (15 WD)
 * @param consultationMax             a consultee's answer period; exclusion stops after it (15 WD)
 * @param maxExtension                the one extension may be at most this long (20 WD)
 * @param feePaymentPeriod            the applicant must pay within this many WD of the fee notice (20)
 * @param feePausesClock              whether the reply clock pauses while a fee is awaited (RULES: verify; true)
 * @param onlineReceiptNeedsConfirmation when true, staff confirm an online application's receipt (false)
 * @param reminderDays                remind the officer this many WD before the due date (5 and 1)
 *
 * <p>Attachments follow the one policy of the files module ({@code files.AttachmentPolicy}: purposes
 * {@code PUBLIC_APPLICATION} and {@code OFFICER_DOCUMENT}, sizes {@code gongkai.files.max-bytes.*}); the older
 * {@code gongkai.requests.attachment-max-bytes} is only a deprecated alias of those two sizes in
 * {@code application.yml}.
 */
@ConfigurationProperties("gongkai.requests")
public record RequestSettings(
        @DefaultValue("20") int replyWorkingDays,
        @DefaultValue("7") int correctionNoticeWithin,
        @DefaultValue("15") int correctionPeriod,
        @DefaultValue("15") int consultationMax,
        @DefaultValue("20") int maxExtension,
        @DefaultValue("20") int feePaymentPeriod,
        @DefaultValue("true") boolean feePausesClock,
        @DefaultValue("false") boolean onlineReceiptNeedsConfirmation,
        @DefaultValue({"5", "1"}) List<Integer> reminderDays) {

    public RequestSettings {
        reminderDays = reminderDays == null ? List.of(5, 1) : List.copyOf(reminderDays);
    }

    public static RequestSettings defaults() {
        return new RequestSettings(20, 7, 15, 15, 20, 20, true, false, List.of(5, 1));
    }

    public RequestSettings withFeePausesClock(boolean pauses) {
        return new RequestSettings(replyWorkingDays, correctionNoticeWithin, correctionPeriod, consultationMax,
                maxExtension, feePaymentPeriod, pauses, onlineReceiptNeedsConfirmation, reminderDays);
    }

    public RequestSettings withOnlineReceiptNeedsConfirmation(boolean needs) {
        return new RequestSettings(replyWorkingDays, correctionNoticeWithin, correctionPeriod, consultationMax,
                maxExtension, feePaymentPeriod, feePausesClock, needs, reminderDays);
    }
}
