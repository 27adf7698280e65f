package org.gongkai.hotline.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineCommands.TicketInput;

/** The portal's 12345 form as typed (a bean so that th:field keeps every value on a failed submit). */
public class HotlineForm {

    // The limits of every field, declared once: the page reads them (maxlength, required), the server enforces them.
    @NotBlank(message = "请选择诉求类别")
    @Size(max = HotlineCommands.CATEGORY_MAX)
    private String category;
    @NotBlank(message = "请填写诉求标题")
    @Size(max = HotlineCommands.TITLE_MAX)
    private String title;
    @NotBlank(message = "请填写诉求内容")
    @Size(max = HotlineCommands.CONTENT_MAX)
    private String content;
    @Size(max = HotlineCommands.ADDRESS_MAX)
    private String address;
    @NotBlank(message = "请填写姓名")
    @Size(max = HotlineCommands.NAME_MAX)
    private String callerName;
    @NotBlank(message = "请填写联系电话，以便回访")
    @Size(max = HotlineCommands.PHONE_MAX)
    private String callerPhone;
    /** 举报人 may stay anonymous to the unit handling the report (the centre keeps the contact for the callback). */
    private boolean anonymous;

    TicketInput input() {
        return new TicketInput(category, null, title, content, callerName, callerPhone, address, null, null, null,
                anonymous);
    }

    /** The form field of an intake refusal's field. */
    static String field(String intakeField) {
        if (intakeField == null) {
            return null;
        }
        return switch (intakeField) {
            case "caller.name" -> "callerName";
            case "caller.phone" -> "callerPhone";
            case "category", "title", "content", "address" -> intakeField;
            default -> null;
        };
    }

    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String v) { callerName = v; }
    public String getCallerPhone() { return callerPhone; }
    public void setCallerPhone(String v) { callerPhone = v; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean v) { anonymous = v; }
}
