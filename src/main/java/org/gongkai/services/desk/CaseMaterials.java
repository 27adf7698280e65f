package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.cases.AcceptanceCheck;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.desk.CaseDocumentViews.MaterialLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The materials check of a case ({@code services_case_material}): every material of the item's list, provided or
 * missing, with the day and the officer. The latest check replaces the earlier one; the one-time notice lists every
 * missing material of it at once.
 */
@Component
public class CaseMaterials implements AcceptanceCheck {

    /** A stored check. {@code lines} follow the item's list; empty {@code checkedOn} = never checked. */
    public record Check(LocalDate checkedOn, String checkedBy, List<MaterialLine> lines) {

        public Check {
            lines = List.copyOf(lines);
        }

        public List<MaterialLine> missing() {
            return lines.stream().filter(l -> !l.provided()).toList();
        }

        /** Whether a required material is missing: the one-time notice is due. */
        public boolean noticeDue() {
            return lines.stream().anyMatch(l -> l.required() && !l.provided());
        }
    }

    private final JdbcClient jdbc;
    private final ItemTermsLookup items;

    CaseMaterials(JdbcClient jdbc, ItemTermsLookup items) {
        this.jdbc = jdbc;
        this.items = items;
    }

    /**
     * No acceptance while the latest check shows a required material missing: the officer issues the one-time notice
     * (一次性告知) instead, and accepts after the materials are complete and checked again. A case never checked is not
     * held here (the API accepts it as before; the console's case page asks for the check first).
     */
    @Override
    public void beforeAccept(long caseId, long itemId) {
        ItemTerms item = items.byId(itemId).orElse(null);
        Check check = item == null ? null : of(caseId, item).orElse(null);
        if (check != null && check.noticeDue()) {
            String missing = String.join("、", check.missing().stream().filter(MaterialLine::required)
                    .map(MaterialLine::name).toList());
            throw new GongkaiException(ErrorCode.MATERIALS_MISSING, "申请材料不齐全，不能受理：缺少" + missing
                    + "。请出具一次性告知书，材料补齐并重新核验后再受理", "provided");
        }
    }

    /**
     * The check of {@code provided} against the item's list; an id not on the list is refused (nothing stored).
     * Pure: {@link #save} stores it.
     */
    static Check check(ItemTerms item, List<Long> provided, LocalDate on, String by) {
        Set<Long> ids = new HashSet<>(provided);
        Set<Long> known = new HashSet<>();
        List<MaterialLine> lines = new ArrayList<>();
        for (ItemTerms.Material m : item.materials()) {
            known.add(m.id());
            lines.add(new MaterialLine(m.name(), m.form(), m.copies(), m.required(), ids.contains(m.id()), m.notes()));
        }
        if (!known.containsAll(ids)) {
            throw new GongkaiException(ErrorCode.MATERIAL_NOT_OF_ITEM, ErrorCode.MATERIAL_NOT_OF_ITEM.message(),
                    "provided");
        }
        return new Check(on, by, lines);
    }

    /** Replaces the case's check with this one (material ids resolved by name within the item). */
    void save(long caseId, ItemTerms item, Check check) {
        jdbc.sql("DELETE FROM services_case_material WHERE case_id = ?").param(caseId).update();
        for (int i = 0; i < check.lines().size(); i++) {
            MaterialLine line = check.lines().get(i);
            jdbc.sql("INSERT INTO services_case_material (case_id, material_id, name, provided, note, checked_on, "
                            + "checked_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(caseId, item.materials().get(i).id(), line.name(), line.provided(), line.note(),
                            check.checkedOn(), check.checkedBy())
                    .update();
        }
    }

    /** The stored check, its lines completed from the item's list (form, copies, required); empty when never checked. */
    public Optional<Check> of(long caseId, ItemTerms item) {
        List<Row> rows = jdbc.sql("SELECT material_id, name, provided, note, checked_on, checked_by "
                        + "FROM services_case_material WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query((rs, n) -> new Row(rs.getObject("material_id") == null ? null : rs.getLong("material_id"),
                        rs.getString("name"), rs.getBoolean("provided"), rs.getString("note"),
                        DeskCases.date(rs, "checked_on"), rs.getString("checked_by")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<MaterialLine> lines = new ArrayList<>();
        for (Row row : rows) {
            ItemTerms.Material m = item.materials().stream().filter(x -> row.materialId() != null
                    && x.id() == row.materialId()).findFirst().orElse(null);
            lines.add(m == null ? new MaterialLine(row.name(), MaterialForm.ORIGINAL, 1, false, row.provided(),
                    row.note()) : new MaterialLine(m.name(), m.form(), m.copies(), m.required(), row.provided(),
                    row.note()));
        }
        Row first = rows.get(0);
        return Optional.of(new Check(first.checkedOn(), first.checkedBy(), lines));
    }

    private record Row(Long materialId, String name, boolean provided, String note, LocalDate checkedOn,
            String checkedBy) {}
}
