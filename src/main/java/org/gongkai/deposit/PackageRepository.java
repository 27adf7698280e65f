package org.gongkai.deposit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code deposit_package} and {@code deposit_delivery}. */
@Repository
class PackageRepository {

    private final JdbcClient jdbc;

    PackageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long recipientUnitId, LocalDate from, LocalDate to, PackageBuilder.Built b, String by, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO deposit_package (recipient_unit_id, period_from, period_to, bag_name, file_name, "
                        + "size_bytes, sha256, payload_oxum, documents, reports, gazette_issues, built_by, built_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(recipientUnitId, from, to, b.bagName(), b.file().getFileName().toString(), b.size(),
                        b.sha256(), b.payloadOxum(), b.documents(), b.reports(), by, Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    boolean exists(long recipientUnitId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COUNT(*) FROM deposit_package WHERE recipient_unit_id = ? AND period_from = ? "
                + "AND period_to = ?").params(recipientUnitId, from, to).query(Integer.class).single() > 0;
    }

    Optional<TransferPackage> find(long id) {
        return jdbc.sql("SELECT * FROM deposit_package WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The packages addressed to these units (all when {@code units} is null), newest period first. */
    List<TransferPackage> list(Collection<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String where = units == null ? "" : " WHERE recipient_unit_id IN (:units)";
        var statement = jdbc.sql("SELECT * FROM deposit_package" + where
                + " ORDER BY period_from DESC, id DESC LIMIT :limit").param("limit", limit);
        if (units != null) {
            statement = statement.param("units", units);
        }
        return statement.query(this::map).list();
    }

    void delivered(long packageId, long staffId, String username, Instant at) {
        jdbc.sql("INSERT INTO deposit_delivery (package_id, staff_id, username, delivered_at) VALUES (?, ?, ?, ?)")
                .params(packageId, staffId, username, Timestamp.from(at)).update();
    }

    List<TransferPackage.Delivery> deliveries(long packageId) {
        return jdbc.sql("SELECT package_id, username, delivered_at FROM deposit_delivery WHERE package_id = ? "
                        + "ORDER BY id").param(packageId)
                .query((rs, n) -> new TransferPackage.Delivery(rs.getLong("package_id"), rs.getString("username"),
                        rs.getTimestamp("delivered_at").toInstant()))
                .list();
    }

    private TransferPackage map(ResultSet rs, int row) throws SQLException {
        return new TransferPackage(rs.getLong("id"), rs.getLong("recipient_unit_id"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("bag_name"), rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("payload_oxum"), rs.getInt("documents"), rs.getInt("reports"),
                rs.getInt("gazette_issues"), rs.getString("built_by"), rs.getTimestamp("built_at").toInstant());
    }
}
