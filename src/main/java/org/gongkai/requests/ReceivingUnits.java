package org.gongkai.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.organisation.UnitDirectory.UnitView;

/**
 * Which units take applications under the 政府信息公开条例 (#10). The 条例 binds administrative organs (行政机关,
 * Art. 2 and Art. 10) that produce or keep the information in their own name: the county government, its
 * departments and the township governments. Not: village (residents') committees — self-governing bodies whose
 * affairs are disclosed under the 村民委员会组织法 (村务公开); service centres (政务服务中心, 公共资源交易中心,
 * 12345 热线中心) — public institutions (事业单位) whose information is requested from the department in charge
 * (Art. 55); offices inside a department (a unit of type DEPARTMENT whose parent is not a government, such as the
 * 政务公开办 inside the 县政府办) — they answer in the name of the organ they belong to; units of type OTHER.
 * Organisation types units by {@code UnitType} ({@link UnitView#type()} is its name).
 */
public final class ReceivingUnits {

    /** One {@code <optgroup>} of the unit drop-down. */
    public record Group(String label, List<UnitView> units) {}

    private ReceivingUnits() {}

    /** Whether {@code unit} takes applications; {@code byId} resolves its parent. */
    public static boolean handlesApplications(UnitView unit, Function<Long, UnitView> byId) {
        return switch (unit.type()) {
            case "GOVERNMENT", "TOWNSHIP_GOVERNMENT" -> true;
            case "DEPARTMENT" -> {
                UnitView parent = unit.parentId() == null ? null : byId.apply(unit.parentId());
                yield parent != null && (parent.type().equals("GOVERNMENT") || parent.type().equals("TOWNSHIP_GOVERNMENT"));
            }
            default -> false;
        };
    }

    /** Why {@code unit} does not take applications (for a refusal at the field that named it). */
    public static String whyNot(UnitView unit) {
        return switch (unit.type()) {
            case "VILLAGE_COMMITTEE" -> "村（居）民委员会是基层群众自治组织，不受理政府信息公开申请";
            case "SERVICE_CENTRE" -> "服务中心等事业单位不受理政府信息公开申请（由主管部门受理）";
            case "DEPARTMENT" -> "该机构是部门的内设机构，以所属行政机关名义受理申请";
            case "EXTERNAL_ISSUER" -> "该机关不属于本县，本站只转载其发布的法律法规，请直接向该机关申请";
            default -> "该单位不受理政府信息公开申请";
        };
    }

    /** The drop-down's groups in order: 县人民政府, 县政府工作部门, 乡镇人民政府; empty groups are left out. */
    public static List<Group> groups(List<UnitView> all) {
        Map<Long, UnitView> byId = all.stream().collect(Collectors.toMap(UnitView::id, u -> u));
        List<UnitView> governments = new ArrayList<>();
        List<UnitView> departments = new ArrayList<>();
        List<UnitView> townships = new ArrayList<>();
        for (UnitView u : all) {
            if (!handlesApplications(u, byId::get)) {
                continue;
            }
            switch (u.type()) {
                case "GOVERNMENT" -> governments.add(u);
                case "TOWNSHIP_GOVERNMENT" -> townships.add(u);
                default -> departments.add(u);
            }
        }
        List<Group> out = new ArrayList<>();
        add(out, "县人民政府", governments);
        add(out, "县政府工作部门", departments);
        add(out, "乡镇人民政府", townships);
        return out;
    }

    private static void add(List<Group> out, String label, List<UnitView> units) {
        if (!units.isEmpty()) {
            out.add(new Group(label, List.copyOf(units)));
        }
    }
}
