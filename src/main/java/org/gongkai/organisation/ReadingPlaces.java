package org.gongkai.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's reading places (查阅点, {@code org_reading_place}): read by the portal and the disclosure guide, kept
 * by the system administrator (every change audited).
 */
@Service
public class ReadingPlaces {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int HOURS_MAX = 200;
    public static final int PHONE_MAX = 50;
    public static final int AVAILABLE_MAX = 2000;
    /** At most this many places (a county has a handful; the public page lists them all). */
    public static final int MAX_PLACES = 200;

    private static final String COLUMNS = "id, name, kind, address, hours, phone, available, position";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ReadingPlaces(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReadingPlace> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_reading_place ORDER BY position, id").query(this::map).list();
    }

    public Optional<ReadingPlace> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_reading_place WHERE id = ?").param(id).query(this::map)
                .optional();
    }

    @Transactional
    public ReadingPlace create(Actor actor, ReadingPlace.Details d) {
        requireAdmin(actor);
        check(d);
        int count = jdbc.sql("SELECT COUNT(*) FROM org_reading_place").query(Integer.class).single();
        if (count >= MAX_PLACES) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "查阅点最多" + MAX_PLACES + "个");
        }
        long id = insert(d);
        audit.success("ReadingPlaceCreated", "ReadingPlace", id, d.name().strip());
        return find(id).orElseThrow();
    }

    /** Writes a checked place (also the demo county's, audited with the county). */
    long insert(ReadingPlace.Details d) {
        var now = java.sql.Timestamp.from(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO org_reading_place (name, kind, address, hours, phone, available, position, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.name().strip(), d.kind().name(), d.address().strip(), d.hours().strip(), blank(d.phone()),
                        blank(d.available()), d.position(), now, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional
    public ReadingPlace update(Actor actor, long id, ReadingPlace.Details d) {
        requireAdmin(actor);
        find(id).orElseThrow(GongkaiException::notFound);
        check(d);
        jdbc.sql("UPDATE org_reading_place SET name = ?, kind = ?, address = ?, hours = ?, phone = ?, available = ?, "
                        + "position = ?, updated_at = ? WHERE id = ?")
                .params(d.name().strip(), d.kind().name(), d.address().strip(), d.hours().strip(), blank(d.phone()),
                        blank(d.available()), d.position(), java.sql.Timestamp.from(clock.instant()), id)
                .update();
        audit.success("ReadingPlaceUpdated", "ReadingPlace", id, d.name().strip());
        return find(id).orElseThrow();
    }

    @Transactional
    public void delete(Actor actor, long id) {
        requireAdmin(actor);
        ReadingPlace place = find(id).orElseThrow(GongkaiException::notFound);
        jdbc.sql("DELETE FROM org_reading_place WHERE id = ?").param(id).update();
        audit.success("ReadingPlaceDeleted", "ReadingPlace", id, place.name());
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.hasRole(Role.SYSTEM_ADMIN)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有系统管理员可以维护查阅点");
        }
    }

    /** The service's own guard (the form checks the same limits first). */
    static void check(ReadingPlace.Details d) {
        require("name", d.name(), NAME_MAX, "名称");
        require("address", d.address(), ADDRESS_MAX, "地址");
        require("hours", d.hours(), HOURS_MAX, "开放时间");
        if (d.kind() == null) {
            throw GongkaiException.invalid("kind", "请选择查阅点类型");
        }
        if (d.phone() != null && d.phone().length() > PHONE_MAX) {
            throw GongkaiException.invalid("phone", "电话不能超过" + PHONE_MAX + "字");
        }
        if (d.available() != null && d.available().length() > AVAILABLE_MAX) {
            throw GongkaiException.invalid("available", "可查阅内容不能超过" + AVAILABLE_MAX + "字");
        }
        if (d.position() < 0 || d.position() > 9999) {
            throw GongkaiException.invalid("position", "排序应为0至9999");
        }
    }

    private static void require(String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            throw GongkaiException.invalid(field, "请填写" + label);
        }
        if (value.length() > max) {
            throw GongkaiException.invalid(field, label + "不能超过" + max + "字");
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private ReadingPlace map(ResultSet rs, int row) throws SQLException {
        return new ReadingPlace(rs.getLong("id"), rs.getString("name"), ReadingPlace.Kind.valueOf(rs.getString("kind")),
                rs.getString("address"), rs.getString("hours"), rs.getString("phone"), rs.getString("available"),
                rs.getInt("position"));
    }
}
