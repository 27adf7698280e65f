package org.gongkai.organisation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import static org.gongkai.organisation.Texts.blankToNull;
import static org.gongkai.organisation.Texts.requireText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's application service: regions, units, staff and roles. Changes need the system
 * administrator (records) or the security administrator (roles, 授权) and are audited; reads are limited to
 * the actor's data scope in the query.
 */
@Service
@Transactional
public class OrganisationService {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final RegionRepository regions;
    private final UnitRepository units;
    private final StaffRepository staff;
    private final JdbcUnitDirectory directory;
    private final AuditLog audit;
    private final UnitChecks checks;

    OrganisationService(RegionRepository regions, UnitRepository units, StaffRepository staff,
            JdbcUnitDirectory directory, AuditLog audit) {
        this.regions = regions;
        this.units = units;
        this.staff = staff;
        this.directory = directory;
        this.audit = audit;
        this.checks = new UnitChecks(units, regions, directory);
    }

    // ---- regions ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return regions.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Region> region(long id) {
        return regions.findById(id);
    }

    public Region createRegion(RegionDetails details) {
        require(Role.SYSTEM_ADMIN);
        Region region = insertRegion(details);
        audit.success("REGION_CREATED", "Region", region.id(), region.code() + " " + region.name());
        return region;
    }

    public void renameRegion(long id, String name) {
        require(Role.SYSTEM_ADMIN);
        Region region = regions.findById(id).orElseThrow(GongkaiException::notFound);
        regions.rename(id, requireText(name, "name", "请填写区划名称", 100));
        audit.success("REGION_UPDATED", "Region", id, region.code() + " " + region.name() + " → " + name);
    }

    Region insertRegion(RegionDetails d) {
        String code = d.code() == null ? "" : d.code().trim();
        String name = requireText(d.name(), "name", "请填写区划名称", 100);
        Region parent = null;
        if (d.parentCode() != null && !d.parentCode().isBlank()) {
            parent = regions.findByCode(d.parentCode().trim())
                    .orElseThrow(() -> GongkaiException.invalid("parentCode", "上级区划不存在"));
        }
        Optional<String> problem = RegionCodeRule.problem(code, d.level(),
                parent == null ? null : parent.level(), parent == null ? null : parent.code());
        if (problem.isPresent()) {
            String field = problem.get().contains("上级") ? "parentCode" : d.level() == null ? "level" : "code";
            throw GongkaiException.invalid(field, problem.get());
        }
        if (regions.findByCode(code).isPresent()) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "区划代码" + code + "已存在", "code");
        }
        Region region = new Region(null, code, name, d.level(), parent == null ? null : parent.id());
        long id = regions.insert(region);
        return new Region(id, region.code(), region.name(), region.level(), region.parentId());
    }

    // ---- units ------------------------------------------------------------------------------------------

    /** One line of the unit tree: the unit and its depth below the nearest visible ancestor. */
    public record TreeNode(Unit unit, int depth) {}

    /** The units in the actor's data scope, as a depth-first tree. */
    @Transactional(readOnly = true)
    public List<TreeNode> unitTree(Actor actor) {
        List<Unit> visible = units.findByIds(directory.visibleUnits(actor));
        Map<Long, Unit> byId = new HashMap<>();
        visible.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit u : visible) {
            if (u.parentId() != null && byId.containsKey(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<TreeNode> out = new ArrayList<>();
        roots.forEach(r -> walk(r, 0, children, out));
        return out;
    }

    private static void walk(Unit unit, int depth, Map<Long, List<Unit>> children, List<TreeNode> out) {
        out.add(new TreeNode(unit, depth));
        for (Unit child : children.getOrDefault(unit.id(), List.of())) {
            walk(child, depth + 1, children, out);
        }
    }

    /** Units in the actor's data scope, by name. */
    @Transactional(readOnly = true)
    public List<Unit> visibleUnits(Actor actor) {
        return units.findByIds(directory.visibleUnits(actor)).stream()
                .sorted(Comparator.comparing(Unit::id)).toList();
    }

    @Transactional(readOnly = true)
    public List<Unit> allUnits() {
        return units.findAll();
    }

    /** A unit within the actor's data scope; NOT_FOUND otherwise, so that existence does not leak. */
    @Transactional(readOnly = true)
    public Unit unit(Actor actor, long id) {
        Unit unit = units.findById(id).orElseThrow(GongkaiException::notFound);
        if (!directory.visibleUnits(actor).contains(id)) {
            throw GongkaiException.outOfScope("Unit", id);
        }
        return unit;
    }

    public Unit createUnit(UnitDetails details) {
        require(Role.SYSTEM_ADMIN);
        Unit unit = insertUnit(details);
        audit.success("UNIT_CREATED", "Unit", unit.id(), unit.creditCode() + " " + unit.name());
        return unit;
    }

    public Unit updateUnit(long id, UnitDetails details) {
        require(Role.SYSTEM_ADMIN);
        units.findById(id).orElseThrow(GongkaiException::notFound);
        Unit unit = checks.checked(id, details);
        units.update(id, unit);
        audit.success("UNIT_UPDATED", "Unit", id, unit.creditCode() + " " + unit.name());
        return units.findById(id).orElseThrow();
    }

    Unit insertUnit(UnitDetails details) {
        Unit unit = checks.checked(null, details);
        long id = units.insert(unit);
        return units.findById(id).orElseThrow();
    }

    // ---- staff ------------------------------------------------------------------------------------------

    /** Staff in the actor's data scope, optionally only those of one unit; out-of-scope units give nothing. */
    @Transactional(readOnly = true)
    public List<Staff> staff(Actor actor, Long unitId) {
        Set<Long> scope = directory.visibleUnits(actor);
        if (unitId != null) {
            return scope.contains(unitId) ? staff.findInUnits(Set.of(unitId)) : List.of();
        }
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            return staff.findAll();
        }
        return staff.findInUnits(scope);
    }

    /** One staff record in the actor's data scope; NOT_FOUND when missing or out of scope alike (the latter audited). */
    @Transactional(readOnly = true)
    public Staff staff(Actor actor, long id) {
        if (actor.hasRole(Role.SYSTEM_ADMIN)) {
            return staff.findById(id).orElseThrow(GongkaiException::notFound);
        }
        return staff.findByIdInUnits(id, directory.visibleUnits(actor))
                .orElseThrow(() -> GongkaiException.notFoundOrOutOfScope(() -> staff.exists(id), "Staff", id));
    }

    public Staff createStaff(StaffDetails details) {
        require(Role.SYSTEM_ADMIN);
        Staff created = insertStaff(details);
        audit.success("STAFF_CREATED", "Staff", created.id(), created.username());
        return created;
    }

    public Staff updateStaff(long id, StaffDetails details) {
        require(Role.SYSTEM_ADMIN);
        Staff existing = staff.findById(id).orElseThrow(GongkaiException::notFound);
        String displayName = requireText(details.displayName(), "displayName", "请填写姓名", 100);
        String mobile = checkedMobile(details.mobile());
        Set<Long> unitIds = checkedUnits(details.unitIds());
        staff.update(id, displayName, mobile, details.active());
        staff.replaceMemberships(id, unitIds);
        audit.success("STAFF_UPDATED", "Staff", id, existing.username() + (details.active() ? "" : "（已停用）"));
        return staff.findById(id).orElseThrow();
    }

    Staff insertStaff(StaffDetails d) {
        String username = checkedUsername(d.username());
        String displayName = requireText(d.displayName(), "displayName", "请填写姓名", 100);
        String mobile = checkedMobile(d.mobile());
        Set<Long> unitIds = checkedUnits(d.unitIds());
        long id = staff.insert(username, displayName, mobile, d.active());
        unitIds.forEach(u -> staff.addMembership(id, u));
        return staff.findById(id).orElseThrow();
    }

    String checkedUsername(String raw) {
        String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw GongkaiException.invalid("username", "用户名应为3至64位小写字母、数字或“._-”，以字母开头");
        }
        if (staff.usernameTaken(username)) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "用户名" + username + "已被使用", "username");
        }
        return username;
    }

    static String checkedMobile(String raw) {
        String mobile = blankToNull(raw);
        if (mobile != null && !org.gongkai.common.PersonalData.isMobile(mobile)) {
            throw GongkaiException.invalid("mobile", "手机号码应为以1开头的11位数字");
        }
        return mobile;
    }

    private Set<Long> checkedUnits(Set<Long> unitIds) {
        Set<Long> ids = unitIds == null ? Set.of() : new LinkedHashSet<>(unitIds);
        if (ids.isEmpty()) {
            throw GongkaiException.invalid("unitIds", "请至少选择一个所属单位");
        }
        List<Unit> chosen = units.findByIds(ids);
        if (chosen.size() != ids.size()) {
            throw GongkaiException.invalid("unitIds", "所选单位不存在");
        }
        UnitChecks.requireStaffUnits(chosen, "unitIds");
        return ids;
    }

    // ---- roles (授权) -------------------------------------------------------------------------------------

    /** Grants a role in a unit (adding the membership if needed). Security administrator only; 三员 apply. */
    public Staff grantRole(long staffId, long unitId, Role role) {
        Actor actor = require(Role.SECURITY_ADMIN);
        Staff target = staffForRoles(actor, staffId, unitId);
        if (role == null) {
            throw GongkaiException.invalid("role", "请选择角色");
        }
        if (target.unitRoles().getOrDefault(unitId, Set.of()).contains(role)) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "该人员在此单位已有“" + role.label() + "”角色", "role");
        }
        List<Role> held = target.unitRoles().values().stream().flatMap(Set::stream).toList();
        AdministratorSeparationPolicy.enforce(held, role);
        grantUnchecked(staffId, unitId, role);
        audit.success("ROLE_GRANTED", "Staff", staffId, target.username() + " " + role.name() + " @unit " + unitId);
        return staff.findById(staffId).orElseThrow();
    }

    public Staff revokeRole(long staffId, long unitId, Role role) {
        Actor actor = require(Role.SECURITY_ADMIN);
        Staff target = staffForRoles(actor, staffId, unitId);
        if (!staff.removeRole(staffId, unitId, role)) {
            throw GongkaiException.invalid("role", "该人员在此单位没有“" + role.label() + "”角色");
        }
        audit.success("ROLE_REVOKED", "Staff", staffId, target.username() + " " + role.name() + " @unit " + unitId);
        return staff.findById(staffId).orElseThrow();
    }

    /** Adds membership and role without authorisation checks (demo loader); the 三员 policy still applies. */
    void grantUnchecked(long staffId, long unitId, Role role) {
        UnitChecks.requireStaffUnits(units.findByIds(Set.of(unitId)), "unitId");
        Staff target = staff.findById(staffId).orElseThrow();
        AdministratorSeparationPolicy.enforce(
                target.unitRoles().values().stream().flatMap(Set::stream).toList(), role);
        if (!staff.isMember(staffId, unitId)) {
            staff.addMembership(staffId, unitId);
        }
        staff.addRole(staffId, unitId, role);
    }

    private Staff staffForRoles(Actor actor, long staffId, long unitId) {
        if (actor.staffId() == staffId) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "不能给自己授权或取消自己的角色");
        }
        Set<Long> scope = directory.visibleUnits(actor, Role.SECURITY_ADMIN);
        if (!scope.contains(unitId)) {
            throw GongkaiException.invalid("unitId", "单位不存在或不在您的管理范围内");
        }
        return staff.findById(staffId).orElseThrow(GongkaiException::notFound);
    }

    // ---- import -----------------------------------------------------------------------------------------

    /** The unit import's columns, in order (the import page documents them and the template carries them). */
    public static final List<String> UNIT_IMPORT_COLUMNS = UnitImport.COLUMNS;

    /** The staff import's columns, in order. */
    public static final List<String> STAFF_IMPORT_COLUMNS = StaffImport.COLUMNS;

    /** Imports units from CSV or XLSX: all rows or none, with a row-by-row error report. */
    public ImportReport importUnits(String filename, InputStream in) {
        return importUnits(filename, in, IdempotencyKeys.Claim.NONE);
    }

    /** As {@link #importUnits(String, InputStream)}; a completed import stores the idempotency key with its rows. */
    public ImportReport importUnits(String filename, InputStream in, IdempotencyKeys.Claim claim) {
        require(Role.SYSTEM_ADMIN);
        return new OrganisationImports(this, units, regions, staff, audit).units(filename, in, claim);
    }

    /** Imports staff (without roles) from CSV or XLSX: all rows or none, with a row-by-row error report. */
    public ImportReport importStaff(String filename, InputStream in) {
        return importStaff(filename, in, IdempotencyKeys.Claim.NONE);
    }

    /** As {@link #importStaff(String, InputStream)}; a completed import stores the idempotency key with its rows. */
    public ImportReport importStaff(String filename, InputStream in, IdempotencyKeys.Claim claim) {
        require(Role.SYSTEM_ADMIN);
        return new OrganisationImports(this, units, regions, staff, audit).staff(filename, in, claim);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** The current actor, who must hold {@code role} in some unit (defence in depth behind the access rules). */
    private static Actor require(Role role) {
        Actor actor = Actor.require();
        if (!actor.hasRole(role)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        return actor;
    }
}
