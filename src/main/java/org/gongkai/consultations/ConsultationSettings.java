package org.gongkai.consultations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of public consultations ({@code gongkai.consultations.*}).
 *
 * @param normativeMinimumDays the shortest period for a draft normative document (规范性文件), in calendar days from
 *                             opening to closing; a shorter one needs a reason that the public page shows
 * @param minimumDays          the same for other drafts
 * @param maximumDays          the longest period accepted
 * @param commentsPerMinute    comments accepted per source address and minute (API and form together)
 * @param generalArticle       the group of comments that name no article of the draft (总体意见)
 * @param sweepCron            when the sweep opens and closes consultations on their dates ("-" = never)
 * @param maxAttachments       files attached to one consultation's draft at most
 */
@ConfigurationProperties("gongkai.consultations")
public record ConsultationSettings(
        @DefaultValue("30") int normativeMinimumDays,
        @DefaultValue("7") int minimumDays,
        @DefaultValue("180") int maximumDays,
        @DefaultValue("5") int commentsPerMinute,
        @DefaultValue("总体意见") String generalArticle,
        @DefaultValue("0 5 0 * * *") String sweepCron,
        @DefaultValue("10") int maxAttachments) {

    /** The minimum period of a draft, normative or not. */
    public int minimumDays(boolean normative) {
        return normative ? normativeMinimumDays : minimumDays;
    }
}
