package org.gongkai.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private static final String SELECT =
            "SELECT u.*, r.code AS region_code FROM org_unit u LEFT JOIN org_region r ON r.id = u.region_id";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql(SELECT + " ORDER BY u.id").query(UnitRepository::map).list();
    }

    /** Units whose id is in {@code ids} (data scope is applied in the query). */
    List<Unit> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE u.id IN (:ids) ORDER BY u.id").param("ids", ids)
                .query(UnitRepository::map).list();
    }

    Optional<Unit> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id).query(UnitRepository::map).optional();
    }

    Optional<Unit> findByCreditCode(String code) {
        return jdbc.sql(SELECT + " WHERE u.credit_code = :code").param("code", code)
                .query(UnitRepository::map).optional();
    }

    /** Child id → parent id for every unit (the unit tree is small: a county has a few hundred units). */
    Map<Long, Long> parentLinks() {
        Map<Long, Long> links = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM org_unit").query(rs -> {
            long parent = rs.getLong("parent_id");
            links.put(rs.getLong("id"), rs.wasNull() ? null : parent);
        });
        return links;
    }

    long insert(Unit unit) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_unit (credit_code, name, short_name, type, parent_id, region_id, office_address,
                    office_hours, office_phone, office_fax, office_email)
                VALUES (:code, :name, :shortName, :type, :parent, :region, :address, :hours, :phone, :fax, :email)
                """)
                .params(params(unit))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, Unit unit) {
        Map<String, Object> params = params(unit);
        params.put("id", id);
        jdbc.sql("""
                UPDATE org_unit SET credit_code = :code, name = :name, short_name = :shortName, type = :type,
                    parent_id = :parent, region_id = :region, office_address = :address, office_hours = :hours,
                    office_phone = :phone, office_fax = :fax, office_email = :email
                WHERE id = :id
                """)
                .params(params)
                .update();
    }

    /** The unit's letter settings (blank columns as null); NONE for a unit that does not exist. */
    UnitLetterSettings letterSettings(long id) {
        return jdbc.sql("SELECT contact_person, letter_number_prefix, reconsideration_body, litigation_court"
                + " FROM org_unit WHERE id = :id").param("id", id)
                .query((rs, n) -> new UnitLetterSettings(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional().orElse(UnitLetterSettings.NONE);
    }

    void saveLetterSettings(long id, UnitLetterSettings s) {
        jdbc.sql("UPDATE org_unit SET contact_person = :contact, letter_number_prefix = :prefix,"
                + " reconsideration_body = :body, litigation_court = :court WHERE id = :id")
                .param("contact", s.contactPerson()).param("prefix", s.letterNumberPrefix())
                .param("body", s.reconsiderationBody()).param("court", s.litigationCourt()).param("id", id)
                .update();
    }

    /** Whether any staff member belongs to the unit. */
    boolean hasMembers(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM org_membership WHERE unit_id = :id").param("id", unitId)
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    private static Map<String, Object> params(Unit unit) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", unit.creditCode());
        p.put("name", unit.name());
        p.put("shortName", unit.shortName());
        p.put("type", unit.type().name());
        p.put("parent", unit.parentId());
        p.put("region", unit.regionId());
        p.put("address", unit.officeAddress());
        p.put("hours", unit.officeHours());
        p.put("phone", unit.officePhone());
        p.put("fax", unit.officeFax());
        p.put("email", unit.officeEmail());
        return p;
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long region = rs.getLong("region_id");
        Long regionId = rs.wasNull() ? null : region;
        return new Unit(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("short_name"), UnitType.valueOf(rs.getString("type")), parentId, regionId,
                rs.getString("region_code"), rs.getString("office_address"), rs.getString("office_hours"),
                rs.getString("office_phone"), rs.getString("office_fax"), rs.getString("office_email"));
    }
}
