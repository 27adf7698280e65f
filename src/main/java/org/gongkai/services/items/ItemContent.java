package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.ServiceLevel;

/**
 * Every element of an item's guide (办事指南, RULES §5) except its code: what an import line or the editor gives, what
 * a version stores as JSON and what approval writes to the item's rows. The levels are those of its offerings.
 *
 * @param offerings where the item is offered: a level without a station (every centre or station of that level takes
 *                  it in for the item's unit, which decides) or named stations of the level
 */
public record ItemContent(String basicCode, String name, String type, long unitId, ItemTarget target,
        String legalBasis, String conditions, String steps, String place, String hours, String consultPhone,
        String complaintPhone, Limit statutoryLimit, Limit promisedLimit, ItemKind kind, Fees fees, Result result,
        String delivery, int onlineDepth, int visits, boolean bookable, TongbanScope tongbanScope,
        List<String> lifeEvents, List<Material> materials, List<Offering> offerings) {

    public ItemContent {
        lifeEvents = lifeEvents == null ? List.of() : List.copyOf(lifeEvents);
        materials = materials == null ? List.of() : List.copyOf(materials);
        offerings = offerings == null ? List.of() : List.copyOf(offerings);
    }

    /** A time limit: days and whether they are working days (工作日) or calendar days (自然日). */
    public record Limit(int days, ClockUnit unit) {

        /** The limit of every 即办件's promise: done on the day of acceptance. */
        public static final Limit SAME_DAY = new Limit(0, ClockUnit.WORKING_DAYS);

        /** e.g. {@code 20个工作日}, {@code 即办}. */
        public String words() {
            return days == 0 ? "即办" : days + unit.words();
        }
    }

    /** One material of the list (申请材料). */
    public record Material(String name, String source, MaterialForm form, boolean required, int copies,
            String notes) {}

    /** Where the item is offered; {@code stationId} null = at every centre or station of the level. */
    public record Offering(ServiceLevel level, long unitId, Long stationId) {}

    /** 收费: whether a fee is charged, its basis and standard, and whether it can be paid online. */
    public record Fees(boolean charged, String basis, String standard, boolean onlinePayment) {
        public static final Fees NONE = new Fees(false, null, null, false);
    }

    /** 办理结果: its name (e.g. 营业执照) and type (证照, 批文, 其他). */
    public record Result(String name, String type) {}

    /** The distinct levels of the offerings, county first. */
    public List<ServiceLevel> levels() {
        Set<ServiceLevel> set = EnumSet.noneOf(ServiceLevel.class);
        offerings.forEach(o -> set.add(o.level()));
        return new ArrayList<>(set);
    }
}
