package org.gongkai.services.items;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Items with their materials and offerings over {@code services_item*} (one row per item, its materials in order,
 * its offerings). Writes replace the materials and offerings of an item as a whole.
 */
@Repository
public class ServiceItemRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = "id, code, basic_code, name, type, unit_id, target, legal_basis, conditions, "
            + "steps, place, hours, consult_phone, complaint_phone, statutory_days, statutory_unit, promised_days, "
            + "promised_unit, kind, fees, result_name, result_type, delivery, online_depth, visits, bookable, "
            + "tongban_scope, life_events, version, published_at, updated_at";

    private final JdbcClient jdbc;

    ServiceItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these codes are taken. */
    public Set<String> existingCodes(Collection<String> codes) {
        Set<String> taken = new HashSet<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += 500) {
            taken.addAll(jdbc.sql("SELECT code FROM services_item WHERE code IN (:codes)")
                    .param("codes", all.subList(i, Math.min(all.size(), i + 500))).query(String.class).list());
        }
        return taken;
    }

    /** Writes a new published item with its materials and offerings; returns its id. */
    public long insert(String code, ItemContent c, String by, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        params(jdbc.sql("INSERT INTO services_item (code, basic_code, name, type, unit_id, target, legal_basis, "
                + "conditions, steps, place, hours, consult_phone, complaint_phone, statutory_days, statutory_unit, "
                + "promised_days, promised_unit, kind, fees, result_name, result_type, delivery, online_depth, visits, "
                + "bookable, tongban_scope, life_events, status, version, published_at, updated_at, updated_by) VALUES "
                + "(:code, :basic, :name, :type, :unit, :target, :legal, :conditions, :steps, :place, :hours, :consult, "
                + ":complaint, :sd, :su, :pd, :pu, :kind, :fees, :rn, :rt, :delivery, :depth, :visits, :bookable, "
                + ":tongban, :events, 'PUBLISHED', 1, :at, :at, :by)"), c)
                .param("code", code).param("at", at(now)).param("by", by).update(key, "id");
        long id = key.getKeyAs(Long.class);
        writeParts(id, c);
        return id;
    }

    /** Replaces the published content of an item (an approved version). */
    public void update(long id, ItemContent c, int version, String by, Instant now) {
        params(jdbc.sql("UPDATE services_item SET basic_code = :basic, name = :name, type = :type, unit_id = :unit, "
                + "target = :target, legal_basis = :legal, conditions = :conditions, steps = :steps, place = :place, "
                + "hours = :hours, consult_phone = :consult, complaint_phone = :complaint, statutory_days = :sd, "
                + "statutory_unit = :su, promised_days = :pd, promised_unit = :pu, kind = :kind, fees = :fees, "
                + "result_name = :rn, result_type = :rt, delivery = :delivery, online_depth = :depth, visits = :visits, "
                + "bookable = :bookable, tongban_scope = :tongban, life_events = :events, version = :version, "
                + "updated_at = :at, updated_by = :by WHERE id = :id"), c)
                .param("version", version).param("at", at(now)).param("by", by).param("id", id).update();
        List<MaterialFiles> files = materialFiles(id);
        jdbc.sql("DELETE FROM services_item_offering WHERE item_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM services_item_material WHERE item_id = :id").param("id", id).update();
        writeParts(id, c);
        for (MaterialFiles f : files) { // a material keeps its sample and blank form while its name stays
            jdbc.sql("UPDATE services_item_material SET sample_file_id = :sample, blank_file_id = :blank "
                            + "WHERE item_id = :id AND name = :name")
                    .param("sample", f.sampleFileId()).param("blank", f.blankFileId()).param("id", id)
                    .param("name", f.name()).update();
        }
    }

    /** A material's sample (样表) and blank form (空白表格) as stored file ids, by its place in the list (from 1). */
    public record MaterialFiles(int seq, String name, String sampleFileId, String blankFileId) {}

    /** The materials of the item with their files, in order. */
    public List<MaterialFiles> materialFiles(long itemId) {
        return jdbc.sql("SELECT seq, name, sample_file_id, blank_file_id FROM services_item_material "
                        + "WHERE item_id = :id ORDER BY seq").param("id", itemId)
                .query((rs, n) -> new MaterialFiles(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Sets (or with null clears) the sample or blank form of a material; false when there is no such material. */
    public boolean setMaterialFile(long itemId, int seq, boolean sample, String fileId) {
        return jdbc.sql("UPDATE services_item_material SET " + (sample ? "sample_file_id" : "blank_file_id")
                        + " = :file WHERE item_id = :id AND seq = :seq")
                .param("file", fileId).param("id", itemId).param("seq", seq).update() > 0;
    }

    private void writeParts(long id, ItemContent c) {
        int seq = 0;
        for (ItemContent.Material m : c.materials()) {
            jdbc.sql("INSERT INTO services_item_material (item_id, seq, name, source, form, required, copies, notes) "
                    + "VALUES (:item, :seq, :name, :source, :form, :required, :copies, :notes)")
                    .param("item", id).param("seq", ++seq).param("name", m.name()).param("source", m.source())
                    .param("form", m.form().name()).param("required", m.required()).param("copies", m.copies())
                    .param("notes", m.notes()).update();
        }
        for (ItemContent.Offering o : c.offerings()) {
            jdbc.sql("INSERT INTO services_item_offering (item_id, level, unit_id, station_id) "
                    + "VALUES (:item, :level, :unit, :station)").param("item", id).param("level", o.level().name())
                    .param("unit", o.unitId()).param("station", o.stationId()).update();
        }
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, ItemContent c) {
        return spec.param("basic", c.basicCode()).param("name", c.name()).param("type", c.type())
                .param("unit", c.unitId()).param("target", c.target().name()).param("legal", c.legalBasis())
                .param("conditions", c.conditions()).param("steps", c.steps()).param("place", c.place())
                .param("hours", c.hours()).param("consult", c.consultPhone()).param("complaint", c.complaintPhone())
                .param("sd", c.statutoryLimit().days()).param("su", c.statutoryLimit().unit().name())
                .param("pd", c.promisedLimit().days()).param("pu", c.promisedLimit().unit().name())
                .param("kind", c.kind().name()).param("fees", c.fees() == null ? null : JSON.writeValueAsString(c.fees()))
                .param("rn", c.result() == null ? null : c.result().name())
                .param("rt", c.result() == null ? null : c.result().type()).param("delivery", c.delivery())
                .param("depth", c.onlineDepth()).param("visits", c.visits()).param("bookable", c.bookable())
                .param("tongban", c.tongbanScope() == null ? null : c.tongbanScope().name())
                .param("events", c.lifeEvents().isEmpty() ? null : String.join(",", c.lifeEvents()));
    }

    /** The published item with this code, with its materials and offerings. */
    public Optional<ServiceItem> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item WHERE code = :code AND status = 'PUBLISHED'")
                .param("code", code).query((rs, n) -> row(rs)).optional().map(this::withParts);
    }

    /** The item with this id whatever its status. */
    public Optional<ServiceItem> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_item WHERE id = :id").param("id", id)
                .query((rs, n) -> row(rs)).optional().map(this::withParts);
    }

    private ServiceItem withParts(ServiceItem item) {
        List<ItemContent.Material> materials = jdbc.sql("SELECT name, source, form, required, copies, notes "
                        + "FROM services_item_material WHERE item_id = :id ORDER BY seq").param("id", item.id())
                .query((rs, n) -> new ItemContent.Material(rs.getString(1), rs.getString(2),
                        MaterialForm.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getInt(5), rs.getString(6)))
                .list();
        List<ItemContent.Offering> offerings = jdbc.sql("SELECT level, unit_id, station_id FROM services_item_offering "
                        + "WHERE item_id = :id ORDER BY id").param("id", item.id())
                .query((rs, n) -> new ItemContent.Offering(ServiceLevel.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getObject(3) == null ? null : rs.getLong(3))).list();
        ItemContent c = item.content();
        return new ServiceItem(item.id(), item.code(), new ItemContent(c.basicCode(), c.name(), c.type(), c.unitId(),
                c.target(), c.legalBasis(), c.conditions(), c.steps(), c.place(), c.hours(), c.consultPhone(),
                c.complaintPhone(), c.statutoryLimit(), c.promisedLimit(), c.kind(), c.fees(), c.result(), c.delivery(),
                c.onlineDepth(), c.visits(), c.bookable(), c.tongbanScope(), c.lifeEvents(), materials, offerings),
                item.version(), item.publishedAt(), item.updatedAt());
    }

    private static ServiceItem row(ResultSet rs) throws SQLException {
        String fees = rs.getString("fees");
        String events = rs.getString("life_events");
        String tongban = rs.getString("tongban_scope");
        String resultName = rs.getString("result_name");
        String resultType = rs.getString("result_type");
        ItemContent c = new ItemContent(rs.getString("basic_code"), rs.getString("name"), rs.getString("type"),
                rs.getLong("unit_id"), ItemTarget.valueOf(rs.getString("target")), rs.getString("legal_basis"),
                rs.getString("conditions"), rs.getString("steps"), rs.getString("place"), rs.getString("hours"),
                rs.getString("consult_phone"), rs.getString("complaint_phone"),
                new ItemContent.Limit(rs.getInt("statutory_days"), ClockUnit.valueOf(rs.getString("statutory_unit"))),
                new ItemContent.Limit(rs.getInt("promised_days"), ClockUnit.valueOf(rs.getString("promised_unit"))),
                ItemKind.valueOf(rs.getString("kind")),
                fees == null ? null : JSON.readValue(fees, ItemContent.Fees.class),
                resultName == null && resultType == null ? null : new ItemContent.Result(resultName, resultType),
                rs.getString("delivery"), rs.getInt("online_depth"), rs.getInt("visits"), rs.getBoolean("bookable"),
                tongban == null ? null : TongbanScope.valueOf(tongban),
                events == null ? List.of() : Arrays.asList(events.split(",")), List.of(), List.of());
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new ServiceItem(rs.getLong("id"), rs.getString("code"), c, rs.getInt("version"),
                published == null ? null : published.toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Stores a version of an item's content (the first one of an import: approved by the import itself). */
    public void insertVersion(long itemId, int version, VersionStatus status, ItemContent content, String note,
            String by, Instant at, String reviewedBy, Instant reviewedAt) {
        jdbc.sql("INSERT INTO services_item_version (item_id, version, status, content, note, created_by, created_at, "
                        + "reviewed_by, reviewed_at) VALUES (:item, :version, :status, :content, :note, :by, :at, "
                        + ":reviewedBy, :reviewedAt)")
                .param("item", itemId).param("version", version).param("status", status.name())
                .param("content", JSON.writeValueAsString(content)).param("note", note).param("by", by)
                .param("at", at(at)).param("reviewedBy", reviewedBy)
                .param("reviewedAt", reviewedAt == null ? null : at(reviewedAt)).update();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
