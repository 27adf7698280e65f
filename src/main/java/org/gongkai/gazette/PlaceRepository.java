package org.gongkai.gazette;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The distribution list ({@code gazette_place}). */
@Repository
class PlaceRepository {

    private final JdbcClient jdbc;

    PlaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Place> all() {
        return jdbc.sql("SELECT id, name, kind, address, copies, active FROM gazette_place ORDER BY kind, name")
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), PlaceKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getBoolean(6))).list();
    }

    Optional<Place> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    boolean nameTaken(String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM gazette_place WHERE name = ? AND id <> ?")
                .params(name, except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(String name, PlaceKind kind, String address, int copies, boolean active, Instant now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO gazette_place (name, kind, address, copies, active, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, kind.name(), address, copies, active, Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    int update(long id, String name, PlaceKind kind, String address, int copies, boolean active) {
        return jdbc.sql("UPDATE gazette_place SET name = ?, kind = ?, address = ?, copies = ?, active = ? WHERE id = ?")
                .params(name, kind.name(), address, copies, active, id).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM gazette_place").query(Long.class).single();
    }
}
