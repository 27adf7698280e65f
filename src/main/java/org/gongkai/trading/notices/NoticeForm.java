package org.gongkai.trading.notices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The console's notice form: everything as typed, so a refusal shows the officer's own input again. */
public class NoticeForm {

    @NotBlank(message = "请填写项目编号")
    @Size(max = 60)
    private String projectCode;
    @NotBlank(message = "请选择公告类型")
    @Size(max = 20)
    private String kind;
    @Size(max = NoticeCommands.TITLE_MAX)
    private String title;
    @Size(max = NoticeCommands.SUMMARY_MAX)
    private String summary;
    @NotBlank(message = "请填写公告正文")
    @Size(max = NoticeCommands.BODY_MAX)
    private String body;
    @Size(max = 10)
    private String objectionStart;
    @Size(max = 10)
    private String objectionEnd;

    static NoticeForm of(Notice n, String projectCode) {
        NoticeForm f = new NoticeForm();
        f.projectCode = projectCode;
        f.kind = n.kind().name();
        f.title = n.title();
        f.summary = n.summary();
        f.body = n.bodyText();
        f.objectionStart = n.objectionStart() == null ? null : n.objectionStart().toString();
        f.objectionEnd = n.objectionEnd() == null ? null : n.objectionEnd().toString();
        return f;
    }

    NoticeCommands.WriteTradingNotice write() {
        return new NoticeCommands.WriteTradingNotice(projectCode == null ? null : projectCode.strip(), kind, title,
                summary, body, objectionStart, objectionEnd);
    }

    NoticeCommands.ResubmitTradingNotice resubmit(long noticeId) {
        return new NoticeCommands.ResubmitTradingNotice(noticeId, title, summary, body, objectionStart, objectionEnd);
    }

    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getObjectionStart() { return objectionStart; }
    public void setObjectionStart(String objectionStart) { this.objectionStart = objectionStart; }
    public String getObjectionEnd() { return objectionEnd; }
    public void setObjectionEnd(String objectionEnd) { this.objectionEnd = objectionEnd; }
}
