package org.gongkai.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Staff rows, their unit memberships and roles. The mobile number is encrypted here (SM4 via
 * {@link FieldCipher}) with a blind index for equality lookups; the rest of the module sees plain values.
 * Scoped queries take the visible unit ids and filter in SQL.
 */
@Repository
class StaffRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StaffRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<Staff> findById(long id) {
        return jdbc.sql("SELECT * FROM org_staff WHERE id = :id").param("id", id).query(this::row).optional()
                .map(this::withRoles);
    }

    Optional<Staff> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM org_staff WHERE username = :u").param("u", username).query(this::row)
                .optional().map(this::withRoles);
    }

    List<Staff> findAll() {
        return withRoles(jdbc.sql("SELECT * FROM org_staff ORDER BY id").query(this::row).list());
    }

    /** The staff member when they belong to one of {@code unitIds}; empty otherwise (also when missing). */
    Optional<Staff> findByIdInUnits(long id, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT s.* FROM org_staff s WHERE s.id = :id AND EXISTS (
                    SELECT 1 FROM org_membership m WHERE m.staff_id = s.id AND m.unit_id IN (:units))
                """)
                .param("id", id).param("units", unitIds)
                .query(this::row).optional().map(this::withRoles);
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM org_staff WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** Staff belonging to any of {@code unitIds}. */
    List<Staff> findInUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return withRoles(jdbc.sql("""
                SELECT s.* FROM org_staff s WHERE EXISTS (
                    SELECT 1 FROM org_membership m WHERE m.staff_id = s.id AND m.unit_id IN (:units))
                ORDER BY s.id
                """).param("units", unitIds).query(this::row).list());
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM org_staff WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String mobile, boolean active) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO org_staff (username, display_name, mobile, mobile_index, active)
                VALUES (:u, :n, :m, :mi, :a)
                """)
                .param("u", username).param("n", displayName)
                .param("m", blankToNull(mobile) == null ? null : cipher.encrypt(mobile))
                .param("mi", blankToNull(mobile) == null ? null : cipher.blindIndex(mobile))
                .param("a", active)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, String displayName, String mobile, boolean active) {
        jdbc.sql("UPDATE org_staff SET display_name = :n, mobile = :m, mobile_index = :mi, active = :a WHERE id = :id")
                .param("n", displayName)
                .param("m", blankToNull(mobile) == null ? null : cipher.encrypt(mobile))
                .param("mi", blankToNull(mobile) == null ? null : cipher.blindIndex(mobile))
                .param("a", active)
                .param("id", id)
                .update();
    }

    /** Makes the memberships exactly {@code unitIds}, removing roles held in units left. */
    void replaceMemberships(long staffId, Set<Long> unitIds) {
        Set<Long> current = new java.util.HashSet<>(jdbc.sql("SELECT unit_id FROM org_membership WHERE staff_id = :s")
                .param("s", staffId).query(Long.class).list());
        for (Long gone : current) {
            if (!unitIds.contains(gone)) {
                jdbc.sql("DELETE FROM org_staff_role WHERE staff_id = :s AND unit_id = :u")
                        .param("s", staffId).param("u", gone).update();
                jdbc.sql("DELETE FROM org_membership WHERE staff_id = :s AND unit_id = :u")
                        .param("s", staffId).param("u", gone).update();
            }
        }
        for (Long unit : unitIds) {
            if (!current.contains(unit)) {
                addMembership(staffId, unit);
            }
        }
    }

    void addMembership(long staffId, long unitId) {
        jdbc.sql("INSERT INTO org_membership (staff_id, unit_id) VALUES (:s, :u)")
                .param("s", staffId).param("u", unitId).update();
    }

    boolean isMember(long staffId, long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM org_membership WHERE staff_id = :s AND unit_id = :u")
                .param("s", staffId).param("u", unitId).query(Long.class).single() > 0;
    }

    void addRole(long staffId, long unitId, Role role) {
        jdbc.sql("INSERT INTO org_staff_role (staff_id, unit_id, role) VALUES (:s, :u, :r)")
                .param("s", staffId).param("u", unitId).param("r", role.name()).update();
    }

    boolean removeRole(long staffId, long unitId, Role role) {
        return jdbc.sql("DELETE FROM org_staff_role WHERE staff_id = :s AND unit_id = :u AND role = :r")
                .param("s", staffId).param("u", unitId).param("r", role.name()).update() > 0;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_staff").query(Long.class).single();
    }

    private Staff withRoles(Staff staff) {
        return withRoles(List.of(staff)).get(0);
    }

    private List<Staff> withRoles(List<Staff> staff) {
        if (staff.isEmpty()) {
            return staff;
        }
        List<Long> ids = staff.stream().map(Staff::id).toList();
        Map<Long, Map<Long, Set<Role>>> byStaff = new HashMap<>();
        jdbc.sql("SELECT staff_id, unit_id FROM org_membership WHERE staff_id IN (:ids) ORDER BY unit_id")
                .param("ids", ids)
                .query(rs -> {
                    byStaff.computeIfAbsent(rs.getLong("staff_id"), k -> new LinkedHashMap<>())
                            .put(rs.getLong("unit_id"), EnumSet.noneOf(Role.class));
                });
        jdbc.sql("SELECT staff_id, unit_id, role FROM org_staff_role WHERE staff_id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    byStaff.computeIfAbsent(rs.getLong("staff_id"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getLong("unit_id"), k -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                });
        List<Staff> result = new ArrayList<>(staff.size());
        for (Staff s : staff) {
            Map<Long, Set<Role>> roles = new LinkedHashMap<>();
            byStaff.getOrDefault(s.id(), Map.of()).forEach((unit, set) -> roles.put(unit, Set.copyOf(set)));
            result.add(new Staff(s.id(), s.username(), s.displayName(), s.mobile(), s.active(),
                    java.util.Collections.unmodifiableMap(roles)));
        }
        return result;
    }

    private Staff row(ResultSet rs, int row) throws SQLException {
        return new Staff(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                cipher.decrypt(rs.getString("mobile")), rs.getBoolean("active"), Map.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
