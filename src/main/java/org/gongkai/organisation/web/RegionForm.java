package org.gongkai.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.organisation.RegionDetails;
import org.gongkai.organisation.RegionLevel;

/** The region form as typed. */
public class RegionForm {

    @NotBlank(message = "请填写区划代码")
    @Pattern(regexp = "\\d{12}", message = "区划代码应为12位数字")
    @Size(max = 12)
    private String code;

    @NotBlank(message = "请填写区划名称")
    @Size(max = 100)
    private String name;

    @NotNull(message = "请选择区划层级")
    private RegionLevel level;

    private String parentCode;

    RegionDetails details() {
        return new RegionDetails(code, name, level, parentCode == null || parentCode.isBlank() ? null : parentCode);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RegionLevel getLevel() { return level; }
    public void setLevel(RegionLevel level) { this.level = level; }
    public String getParentCode() { return parentCode; }
    public void setParentCode(String parentCode) { this.parentCode = parentCode; }
}
