package org.gongkai.organisation;

import static org.gongkai.organisation.Texts.blankToNull;
import static org.gongkai.organisation.Texts.optionalText;
import static org.gongkai.organisation.Texts.requireText;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * A unit's invariants, checked before every insert and update (form, API, import): valid and unique credit code,
 * known parent and region, no cycle, and the external issuers' separation (issue #10): an
 * {@link UnitType#EXTERNAL_ISSUER} sits outside the county's tree — its parent is empty or another external issuer,
 * no county unit hangs below one — and has no staff.
 */
final class UnitChecks {

    static final String EXTERNAL_PARENT = "外部发布机关不属于本县单位体系，上级单位只能为空或另一外部发布机关";
    static final String PARENT_IS_EXTERNAL = "上级单位不能是外部发布机关";
    static final String NO_STAFF = "外部发布机关不设工作人员，不能选为所属单位";

    private final UnitRepository units;
    private final RegionRepository regions;
    private final JdbcUnitDirectory directory;

    UnitChecks(UnitRepository units, RegionRepository regions, JdbcUnitDirectory directory) {
        this.units = units;
        this.regions = regions;
        this.directory = directory;
    }

    /** Why a unit of {@code type} may not have a parent of {@code parentType}, if it may not. */
    static Optional<String> parentProblem(UnitType type, UnitType parentType) {
        if (type == null || parentType == null) {
            return Optional.empty();
        }
        boolean external = type == UnitType.EXTERNAL_ISSUER;
        boolean parentExternal = parentType == UnitType.EXTERNAL_ISSUER;
        if (external && !parentExternal) {
            return Optional.of(EXTERNAL_PARENT);
        }
        return !external && parentExternal ? Optional.of(PARENT_IS_EXTERNAL) : Optional.empty();
    }

    /** Refuses (at {@code field}) a staff membership or role in an external issuer. */
    static void requireStaffUnits(Collection<Unit> chosen, String field) {
        if (chosen.stream().anyMatch(u -> u.type() == UnitType.EXTERNAL_ISSUER)) {
            throw GongkaiException.invalid(field, NO_STAFF);
        }
    }

    Unit checked(Long id, UnitDetails d) {
        String code = d.creditCode() == null ? "" : d.creditCode().trim().toUpperCase(Locale.ROOT);
        CreditCodes.problem(code).ifPresent(p -> {
            throw GongkaiException.invalid("creditCode", p);
        });
        units.findByCreditCode(code).filter(u -> !u.id().equals(id)).ifPresent(u -> {
            throw new GongkaiException(ErrorCode.DUPLICATE, "统一社会信用代码已被“" + u.name() + "”使用", "creditCode");
        });
        String name = requireText(d.name(), "name", "请填写单位名称", 200);
        if (d.type() == null) {
            throw GongkaiException.invalid("type", "请选择单位类型");
        }
        if (d.parentId() != null) {
            Unit parent = units.findById(d.parentId())
                    .orElseThrow(() -> GongkaiException.invalid("parentId", "上级单位不存在"));
            if (id != null && directory.tree().wouldCycle(id, d.parentId())) {
                throw GongkaiException.invalid("parentId", "不能把本单位或其下级单位设为上级单位");
            }
            parentProblem(d.type(), parent.type()).ifPresent(p -> {
                throw GongkaiException.invalid("parentId", p);
            });
        }
        if (id != null) {
            checkChildren(id, d.type());
        }
        Long regionId = null;
        String regionCode = blankToNull(d.regionCode());
        if (regionCode != null) {
            regionId = regions.findByCode(regionCode)
                    .orElseThrow(() -> GongkaiException.invalid("regionCode", "所属区划不存在")).id();
        }
        String email = blankToNull(d.officeEmail());
        if (email != null && !OrganisationService.EMAIL.matcher(email).matches()) {
            throw GongkaiException.invalid("officeEmail", "电子邮箱格式不正确");
        }
        return new Unit(id, code, name, optionalText(d.shortName(), "shortName", 100), d.type(), d.parentId(),
                regionId, regionCode, optionalText(d.officeAddress(), "officeAddress", 300),
                optionalText(d.officeHours(), "officeHours", 200), optionalText(d.officePhone(), "officePhone", 50),
                optionalText(d.officeFax(), "officeFax", 50), email);
    }

    /** A unit changing type keeps its sub-units on the same side of the county/external line. */
    private void checkChildren(long id, UnitType type) {
        List<Unit> children = units.findAll().stream().filter(u -> Long.valueOf(id).equals(u.parentId())).toList();
        for (Unit child : children) {
            if (parentProblem(child.type(), type).isPresent()) {
                throw GongkaiException.invalid("type", type == UnitType.EXTERNAL_ISSUER
                        ? "本单位有本县下级单位，不能改为外部发布机关" : "本单位有外部发布机关作为下级单位，只能是外部发布机关");
            }
        }
        if (type == UnitType.EXTERNAL_ISSUER && units.hasMembers(id)) {
            throw GongkaiException.invalid("type", "本单位有工作人员，不能改为外部发布机关");
        }
    }
}
