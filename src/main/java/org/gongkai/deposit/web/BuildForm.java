package org.gongkai.deposit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The system administrator's on-demand build: the receiving institution and the period. */
public class BuildForm {

    @NotNull(message = "请选择接收单位")
    private Long recipientUnitId;

    @NotBlank(message = "请填写起始日期")
    @Size(max = 10)
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期格式应为 YYYY-MM-DD")
    private String from;

    @NotBlank(message = "请填写截止日期")
    @Size(max = 10)
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "日期格式应为 YYYY-MM-DD")
    private String to;

    public Long getRecipientUnitId() { return recipientUnitId; }
    public void setRecipientUnitId(Long recipientUnitId) { this.recipientUnitId = recipientUnitId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
