package org.gongkai.supervision.meetings;

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
 * The briefing meeting's actions, audited by the dispatcher ({@code SCHEDULE_MEETING}, {@code SUBMIT_MEETING_ITEM},
 * …): the office schedules, holds, records decisions, closes or cancels; a section (a unit's 信息员 or 签发领导) submits
 * its items before the deadline. Dates are YYYY-MM-DD; the deadline YYYY-MM-DD or YYYY-MM-DDTHH:MM (Beijing time).
 */
@Configuration(proxyBeanMethods = false)
public class MeetingCommands {

    public static final int TEXT_MAX = 2000;

    public record ScheduleMeeting(
            @Size(max = 200, message = "会议名称不能超过{max}字") String title,
            @NotBlank(message = "请填写召开日期") @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String heldOn,
            @NotBlank(message = "请填写报送截止时间") @Size(max = 16, message = "截止时间格式为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM")
            String deadline,
            @Size(max = 200, message = "地点不能超过{max}字") String place) implements Command {
        @Override
        public String objectType() {
            return "BriefingMeeting";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    public record SubmitMeetingItem(@NotNull Long meetingId,
            @Size(max = 40, message = "单位代码不正确") String unitCode,
            @NotBlank(message = "请填写工作完成情况") @Size(max = TEXT_MAX, message = "不能超过{max}字") String workDone,
            @Size(max = TEXT_MAX, message = "不能超过{max}字") String progress,
            @Size(max = TEXT_MAX, message = "不能超过{max}字") String problems,
            @NotBlank(message = "请选择紧急程度") @Size(max = 10, message = "紧急程度不正确") String urgency) implements Command {
        @Override
        public String objectType() {
            return "BriefingMeeting";
        }

        @Override
        public String objectId() {
            return String.valueOf(meetingId);
        }
    }

    /** Hold, close or cancel: the lifecycle action named. */
    public record ChangeMeeting(@NotNull Long meetingId, @NotNull MeetingLifecycle.Action action) implements Command {
        @Override
        public String objectType() {
            return "BriefingMeeting";
        }

        @Override
        public String objectId() {
            return String.valueOf(meetingId);
        }
    }

    /** A decision of the meeting: what, which units (credit codes), by when; it becomes a supervision task. */
    public record RecordMeetingDecision(@NotNull Long meetingId,
            @NotBlank(message = "请填写议定事项") @Size(max = 1000, message = "议定事项不能超过{max}字") String text,
            @NotEmpty(message = "请选择责任单位") @Size(max = 20, message = "责任单位最多{max}个")
            List<@NotBlank @Size(max = 40) String> unitCodes,
            @NotBlank(message = "请填写完成时限") @Size(max = 10, message = "日期格式为 YYYY-MM-DD") String dueOn)
            implements Command {
        @Override
        public String objectType() {
            return "BriefingMeeting";
        }

        @Override
        public String objectId() {
            return String.valueOf(meetingId);
        }
    }

    @Bean
    CommandHandler<ScheduleMeeting, Meeting> scheduleMeetingHandler(Meetings meetings) {
        return CommandHandlers.handle(ScheduleMeeting.class, (c, ctx) -> meetings.schedule(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> meetings.requireOffice(actor))
                .objectId((c, m) -> String.valueOf(m.id()))
                .describedBy((c, m) -> "安排碰头会 " + m.heldOn())
                .build();
    }

    @Bean
    CommandHandler<SubmitMeetingItem, Meeting> submitMeetingItemHandler(Meetings meetings) {
        return CommandHandlers.handle(SubmitMeetingItem.class, (c, ctx) -> meetings.submitItem(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> meetings.requireSection(actor, c.meetingId()))
                .describedBy((c, m) -> "报送碰头会材料（" + c.urgency() + "）")
                .build();
    }

    @Bean
    CommandHandler<ChangeMeeting, Meeting> changeMeetingHandler(Meetings meetings) {
        return CommandHandlers.handle(ChangeMeeting.class, (c, ctx) -> meetings.change(c))
                .authorisedBy((c, actor) -> meetings.requireOffice(actor, c.meetingId()))
                .describedBy((c, m) -> "碰头会：" + c.action() + " → " + m.status())
                .build();
    }

    @Bean
    CommandHandler<RecordMeetingDecision, Meeting> recordMeetingDecisionHandler(Meetings meetings) {
        return CommandHandlers.handle(RecordMeetingDecision.class,
                        (c, ctx) -> meetings.decide(c, ctx.requireActor()))
                .authorisedBy((c, actor) -> meetings.requireOffice(actor, c.meetingId()))
                .describedBy((c, m) -> "记录碰头会议定事项，责任单位 " + String.join(",", c.unitCodes()))
                .build();
    }
}
