package org.gongkai.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> findAll() {
        return jdbc.sql("SELECT * FROM org_region ORDER BY code").query(RegionRepository::map).list();
    }

    Optional<Region> findById(long id) {
        return jdbc.sql("SELECT * FROM org_region WHERE id = :id").param("id", id).query(RegionRepository::map).optional();
    }

    Optional<Region> findByCode(String code) {
        return jdbc.sql("SELECT * FROM org_region WHERE code = :code").param("code", code)
                .query(RegionRepository::map).optional();
    }

    long insert(Region region) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO org_region (code, name, level, parent_id) VALUES (:code, :name, :level, :parent)")
                .param("code", region.code())
                .param("name", region.name())
                .param("level", region.level().name())
                .param("parent", region.parentId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE org_region SET name = :name WHERE id = :id").param("name", name).param("id", id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_region").query(Long.class).single();
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Region(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")), rs.wasNull() ? null : parent);
    }
}
