package org.gongkai.organisation.web;

import jakarta.validation.constraints.NotNull;
import org.gongkai.common.Role;

/** Grant or revoke one role in one unit. */
public class RoleForm {

    @NotNull(message = "请选择单位")
    private Long unitId;

    @NotNull(message = "请选择角色")
    private Role role;

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
}
