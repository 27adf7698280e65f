package org.gongkai.services.items;

import java.util.List;
import java.util.Optional;
import org.gongkai.services.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stations ({@code services_station}). */
@Repository
public class StationRepository {

    private static final String COLUMNS = "id, code, name, level, unit_id, address, hours, phone, agent_name, active";

    private final JdbcClient jdbc;

    StationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM services_station WHERE code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** Writes a new station; returns its id. */
    public long insert(Station s) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO services_station (code, name, level, unit_id, address, hours, phone, agent_name, active) "
                        + "VALUES (:code, :name, :level, :unit, :address, :hours, :phone, :agent, :active)")
                .param("code", s.code()).param("name", s.name()).param("level", s.level().name())
                .param("unit", s.unitId()).param("address", s.address()).param("hours", s.hours())
                .param("phone", s.phone()).param("agent", s.agentName()).param("active", s.active()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public Optional<Station> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_station WHERE code = :code").param("code", code)
                .query((rs, n) -> station(rs)).optional();
    }

    public Optional<Station> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_station WHERE id = :id").param("id", id)
                .query((rs, n) -> station(rs)).optional();
    }

    /** The active stations, county first, then by code. */
    public List<Station> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_station WHERE active = TRUE ORDER BY CASE level "
                        + "WHEN 'COUNTY' THEN 0 WHEN 'TOWNSHIP' THEN 1 ELSE 2 END, code")
                .query((rs, n) -> station(rs)).list();
    }

    private static Station station(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Station(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ServiceLevel.valueOf(rs.getString("level")), rs.getLong("unit_id"), rs.getString("address"),
                rs.getString("hours"), rs.getString("phone"), rs.getString("agent_name"), rs.getBoolean("active"));
    }
}
