package org.gongkai.supervision.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of supervision tasks ({@code gongkai.supervision.tasks.*}).
 *
 * @param supervisionWorkingDays the default limit of a 督查任务, in working days from its assignment
 * @param npcWorkingDays         the reply limit of a deputy's suggestion (人大建议: three months from assignment,
 *                               代表法 Art. 44 and the NPC's handling rules), in working days
 * @param cppccWorkingDays       the reply limit of a member's proposal (政协提案: three months as a rule), in working days
 * @param dueSoonWorkingDays     the light turns 临期 (yellow) when this many working days or fewer are left
 * @param escalateAfterWorkingDays an overdue task that was urged is escalated to a bulletin notice (通报) when it is
 *                               still overdue this many working days after the urging
 * @param numberPrefix           the prefix of task numbers (督办编号), followed by the year and a sequence
 * @param sweepCron              when the sweeper urges and escalates (daily)
 */
@ConfigurationProperties("gongkai.supervision.tasks")
public record TaskSettings(
        @DefaultValue("10") int supervisionWorkingDays,
        @DefaultValue("60") int npcWorkingDays,
        @DefaultValue("60") int cppccWorkingDays,
        @DefaultValue("3") int dueSoonWorkingDays,
        @DefaultValue("3") int escalateAfterWorkingDays,
        @DefaultValue("DB") String numberPrefix,
        @DefaultValue("0 40 7 * * *") String sweepCron) {

    /** The limit of a new task of {@code type} when the office names none. */
    public int limitFor(TaskType type) {
        return switch (type) {
            case SUPERVISION -> supervisionWorkingDays;
            case NPC_SUGGESTION -> npcWorkingDays;
            case CPPCC_PROPOSAL -> cppccWorkingDays;
        };
    }
}
