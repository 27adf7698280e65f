package org.gongkai.services;

import java.util.List;
import org.gongkai.calendar.ClockUnit;

/**
 * What a case needs to know of its item when it is taken in and while its clock runs: the deciding unit, the kind,
 * the statutory and promised limits with their units, the visits needed and the materials list. Read from the
 * published item ({@link ItemTermsLookup}).
 */
public record ItemTerms(long id, String code, String name, String type, long unitId, ItemKind kind, int statutoryDays,
        ClockUnit statutoryUnit, int promisedDays, ClockUnit promisedUnit, int onlineDepth, int visits,
        List<Material> materials) {

    public ItemTerms {
        materials = List.copyOf(materials);
    }

    ItemTerms withMaterials(List<Material> list) {
        return new ItemTerms(id, code, name, type, unitId, kind, statutoryDays, statutoryUnit, promisedDays,
                promisedUnit, onlineDepth, visits, list);
    }

    /** One entry of the item's materials list. */
    public record Material(long id, int seq, String name, String source, MaterialForm form, boolean required,
            int copies, String notes) {}
}
