package org.gongkai.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gongkai.organisation.Staff;
import org.gongkai.organisation.StaffDetails;

/** The staff form as typed. The mobile number is only ever shown to the system administrator here. */
public class StaffForm {

    @NotBlank(message = "请填写用户名")
    @Pattern(regexp = "[A-Za-z][A-Za-z0-9._-]{2,63}", message = "用户名应为3至64位字母、数字或“._-”，以字母开头")
    @Size(max = 64)
    private String username;

    @NotBlank(message = "请填写姓名")
    @Size(max = 100)
    private String displayName;

    @Pattern(regexp = "|" + org.gongkai.common.PersonalData.MOBILE_REGEX, message = "手机号码应为11位手机号（13–19开头）")
    @Size(max = 11)
    private String mobile;

    private boolean active = true;

    @NotEmpty(message = "请至少选择一个所属单位")
    private Set<Long> unitIds = new LinkedHashSet<>();

    static StaffForm of(Staff s) {
        StaffForm f = new StaffForm();
        f.username = s.username();
        f.displayName = s.displayName();
        f.mobile = s.mobile();
        f.active = s.active();
        f.unitIds = new LinkedHashSet<>(s.unitRoles().keySet());
        return f;
    }

    StaffDetails details() {
        return new StaffDetails(username, displayName, mobile, active, unitIds);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Set<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(Set<Long> unitIds) { this.unitIds = unitIds == null ? new LinkedHashSet<>() : unitIds; }
}
