package org.gongkai.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.organisation.CreditCode;
import org.gongkai.organisation.Unit;
import org.gongkai.organisation.UnitDetails;
import org.gongkai.organisation.UnitLetterSettings;
import org.gongkai.organisation.UnitType;

/** The unit form as typed. */
public class UnitForm {

    @NotBlank(message = "请填写统一社会信用代码")
    @CreditCode
    @Size(max = 18)
    private String creditCode;

    @NotBlank(message = "请填写单位名称")
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String shortName;

    @NotNull(message = "请选择单位类型")
    private UnitType type;

    private Long parentId;
    private String regionCode;

    @Size(max = 300)
    private String officeAddress;

    @Size(max = 200)
    private String officeHours;

    @Size(max = 50)
    private String officePhone;

    @Size(max = 50)
    private String officeFax;

    @Email(message = "电子邮箱格式不正确")
    @Size(max = 200)
    private String officeEmail;

    @Size(max = UnitLetterSettings.CONTACT_MAX)
    private String contactPerson;

    @Size(max = UnitLetterSettings.PREFIX_MAX)
    @Pattern(regexp = "[\\p{IsHan}A-Za-z0-9]*", message = "文号代字只能包含汉字、字母和数字，例如“示自然资依复”")
    private String letterNumberPrefix;

    @Size(max = UnitLetterSettings.BODY_MAX)
    private String reconsiderationBody;

    @Size(max = UnitLetterSettings.BODY_MAX)
    private String litigationCourt;

    static UnitForm of(Unit u, UnitLetterSettings letters) {
        UnitForm f = of(u);
        f.contactPerson = letters.contactPerson();
        f.letterNumberPrefix = letters.letterNumberPrefix();
        f.reconsiderationBody = letters.reconsiderationBody();
        f.litigationCourt = letters.litigationCourt();
        return f;
    }

    static UnitForm of(Unit u) {
        UnitForm f = new UnitForm();
        f.creditCode = u.creditCode();
        f.name = u.name();
        f.shortName = u.shortName();
        f.type = u.type();
        f.parentId = u.parentId();
        f.regionCode = u.regionCode();
        f.officeAddress = u.officeAddress();
        f.officeHours = u.officeHours();
        f.officePhone = u.officePhone();
        f.officeFax = u.officeFax();
        f.officeEmail = u.officeEmail();
        return f;
    }

    UnitDetails details() {
        return new UnitDetails(creditCode == null ? null : creditCode.trim(), name, shortName, type, parentId,
                regionCode, officeAddress, officeHours, officePhone, officeFax, officeEmail);
    }

    UnitLetterSettings letterSettings() {
        return new UnitLetterSettings(contactPerson, letterNumberPrefix, reconsiderationBody, litigationCourt);
    }

    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String contactPerson) { this.contactPerson = contactPerson; }
    public String getLetterNumberPrefix() { return letterNumberPrefix; }
    public void setLetterNumberPrefix(String letterNumberPrefix) { this.letterNumberPrefix = letterNumberPrefix; }
    public String getReconsiderationBody() { return reconsiderationBody; }
    public void setReconsiderationBody(String reconsiderationBody) { this.reconsiderationBody = reconsiderationBody; }
    public String getLitigationCourt() { return litigationCourt; }
    public void setLitigationCourt(String litigationCourt) { this.litigationCourt = litigationCourt; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public UnitType getType() { return type; }
    public void setType(UnitType type) { this.type = type; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getOfficeAddress() { return officeAddress; }
    public void setOfficeAddress(String officeAddress) { this.officeAddress = officeAddress; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
    public String getOfficePhone() { return officePhone; }
    public void setOfficePhone(String officePhone) { this.officePhone = officePhone; }
    public String getOfficeFax() { return officeFax; }
    public void setOfficeFax(String officeFax) { this.officeFax = officeFax; }
    public String getOfficeEmail() { return officeEmail; }
    public void setOfficeEmail(String officeEmail) { this.officeEmail = officeEmail; }
}
