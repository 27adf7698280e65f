package org.gongkai.hotline.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.TicketInput;
import org.gongkai.hotline.TicketChannel;

/** The operator's intake form at the 12345 centre (phone first: the caller's number finds earlier tickets). */
public class IntakeForm {

    @Size(max = HotlineCommands.PHONE_MAX)
    private String callerPhone;
    @Size(max = HotlineCommands.NAME_MAX)
    private String callerName;
    @NotBlank(message = "请选择诉求类别")
    @Size(max = HotlineCommands.CATEGORY_MAX)
    private String category;
    @Size(max = 16)
    private String urgency = "NORMAL";
    @Size(max = 16)
    private String channel = "PHONE";
    @Size(max = HotlineCommands.TITLE_MAX)
    private String title;
    @NotBlank(message = "请填写诉求内容")
    @Size(max = HotlineCommands.CONTENT_MAX)
    private String content;
    @Size(max = HotlineCommands.TOPIC_MAX)
    private String topic;
    @Size(max = HotlineCommands.ADDRESS_MAX)
    private String address;
    private boolean anonymous;
    /** The centre's own answer to a consultation: given, the ticket is answered and closed at once. */
    @Size(max = HotlineCommands.REPLY_MAX)
    private String answer;

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }

    boolean answersAtOnce() {
        return answer != null && !answer.isBlank();
    }

    TicketInput input() {
        return new TicketInput(category, urgency, title, content, callerName, callerPhone, address, topic, null, null,
                anonymous);
    }

    TicketChannel channel() {
        try {
            return TicketChannel.valueOf((channel == null ? "PHONE" : channel).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("channel", "渠道不正确");
        }
    }

    static String field(String intakeField) {
        if (intakeField == null) {
            return null;
        }
        return switch (intakeField) {
            case "caller.name" -> "callerName";
            case "caller.phone" -> "callerPhone";
            case "category", "urgency", "channel", "title", "content", "address", "topic" -> intakeField;
            default -> null;
        };
    }

    public String getCallerPhone() { return callerPhone; }
    public void setCallerPhone(String v) { callerPhone = v; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String v) { callerName = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String v) { urgency = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
}
