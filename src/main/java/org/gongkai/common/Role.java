package org.gongkai.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles a staff member holds in a unit. The three administrators (三员) are mutually exclusive: one
 * person may hold at most one of them, in any unit. {@link #coversSubUnits()} says whether the role's
 * data scope extends to the sub-units of the unit it is held in.
 */
public enum Role {
    SYSTEM_ADMIN("系统管理员", true),
    SECURITY_ADMIN("安全管理员", true),
    AUDIT_ADMIN("审计管理员", true),
    EDITOR("信息员", false),
    REVIEWER("保密审查员", false),
    LEADER("签发领导", true),
    REQUEST_OFFICER("依申请公开承办人", false),
    SERVICE_OFFICER("政务服务人员", false),
    /** 代办员: takes cases in at a village station on residents' behalf (issue #11). */
    SERVICE_AGENT("代办员", false),
    /** 政务服务中心主任: reads service KPIs county-wide, decides rating appeals with the supervisor. */
    SERVICE_DIRECTOR("政务服务中心主任", true),
    HOTLINE_OFFICER("12345热线人员", false),
    /** 12345热线接口账号: an integration account whose API token is the Open311 {@code api_key} (issue #12). */
    HOTLINE_INTEGRATION("12345热线接口账号", false),
    /** 交易中心工作人员: trading projects, notices, expert draws and expert import at the trading centre (#14). */
    TRADING_OFFICER("公共资源交易人员", false),
    /** 专家库管理员: keeps the evaluation expert pool (#14). */
    EXPERT_ADMIN("评标专家库管理员", false),
    SUPERVISOR("督查人员", true),
    /** 政府办主任: approves the monthly supervision bulletin and the office's own bulletins (#15). */
    OFFICE_HEAD("政府办主任", true),
    /** 档案馆、图书馆接收账号: reads and downloads the transfer packages addressed to its institution, nothing else (#16). */
    PACKAGE_RECEIVER("档案馆图书馆接收账号", false);

    public static final Set<Role> ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    private final String label;
    private final boolean coversSubUnits;

    Role(String label, boolean coversSubUnits) {
        this.label = label;
        this.coversSubUnits = coversSubUnits;
    }

    public String label() {
        return label;
    }

    public boolean coversSubUnits() {
        return coversSubUnits;
    }

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    /** The Spring Security authority for this role, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
