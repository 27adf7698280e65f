package org.gongkai.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** calendar_year and calendar_day, through plain SQL that runs on H2 and PostgreSQL. */
@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OfficialDay> allDays() {
        return jdbc.sql("SELECT \"day\", off_day, name, notice_year FROM calendar_day ORDER BY \"day\"")
                .query((rs, n) -> new OfficialDay(rs.getObject(1, java.time.LocalDate.class), rs.getBoolean(2),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    List<OfficialDay> daysOfNotice(int year) {
        return jdbc.sql("SELECT \"day\", off_day, name, notice_year FROM calendar_day WHERE notice_year = ? ORDER BY \"day\"")
                .param(year)
                .query((rs, n) -> new OfficialDay(rs.getObject(1, java.time.LocalDate.class), rs.getBoolean(2),
                        rs.getString(3), rs.getInt(4)))
                .list();
    }

    Optional<OfficialDay> findDay(java.time.LocalDate day) {
        return jdbc.sql("SELECT \"day\", off_day, name, notice_year FROM calendar_day WHERE \"day\" = ?")
                .param(day)
                .query((rs, n) -> new OfficialDay(rs.getObject(1, java.time.LocalDate.class), rs.getBoolean(2),
                        rs.getString(3), rs.getInt(4)))
                .optional();
    }

    Set<Integer> yearsWithData() {
        return jdbc.sql("SELECT \"year\" FROM calendar_year WHERE has_data = TRUE").query(Integer.class).set();
    }

    List<CalendarYear> years() {
        return jdbc.sql("""
                SELECT y."year", y.has_data, y.source, y.updated_at,
                       (SELECT COUNT(*) FROM calendar_day d WHERE d.notice_year = y."year") AS day_count
                FROM calendar_year y ORDER BY y."year"
                """)
                .query((rs, n) -> new CalendarYear(rs.getInt(1), rs.getBoolean(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5)))
                .list();
    }

    Optional<CalendarYear> year(int year) {
        return years().stream().filter(y -> y.year() == year).findFirst();
    }

    boolean yearExists(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_year WHERE \"year\" = ?").param(year).query(Integer.class).single() > 0;
    }

    /** Inserts the year row; fails with a duplicate-key error when another instance inserted it first. */
    void insertYear(int year, boolean hasData, String source, Instant at) {
        jdbc.sql("INSERT INTO calendar_year (\"year\", has_data, source, updated_at) VALUES (?, ?, ?, ?)")
                .params(year, hasData, source, utc(at)).update();
    }

    /** Marks a year without data as having data; false when it already had data (someone else loaded it). */
    boolean claimYearWithoutData(int year, String source, Instant at) {
        return jdbc.sql("UPDATE calendar_year SET has_data = TRUE, source = ?, updated_at = ?, revision = revision + 1 WHERE \"year\" = ? AND has_data = FALSE")
                .params(source, utc(at), year).update() == 1;
    }

    void upsertYear(int year, boolean hasData, String source, Instant at) {
        if (jdbc.sql("UPDATE calendar_year SET has_data = ?, source = ?, updated_at = ?, revision = revision + 1 WHERE \"year\" = ?")
                .params(hasData, source, utc(at), year).update() == 0) {
            insertYear(year, hasData, source, at);
        }
    }

    /** Touches the year so that other instances notice the change and refresh their snapshot. */
    void touchYear(int year, Instant at) {
        jdbc.sql("UPDATE calendar_year SET updated_at = ?, revision = revision + 1 WHERE \"year\" = ?").params(utc(at), year).update();
    }

    void insertDayIfAbsent(OfficialDay day) {
        jdbc.sql("""
                INSERT INTO calendar_day (\"day\", off_day, name, notice_year)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM calendar_day WHERE \"day\" = ?)
                """)
                .params(day.date(), day.offDay(), day.name(), day.noticeYear(), day.date()).update();
    }

    void saveDay(OfficialDay day) {
        if (jdbc.sql("UPDATE calendar_day SET off_day = ?, name = ? WHERE \"day\" = ?")
                .params(day.offDay(), day.name(), day.date()).update() == 0) {
            jdbc.sql("INSERT INTO calendar_day (\"day\", off_day, name, notice_year) VALUES (?, ?, ?, ?)")
                    .params(day.date(), day.offDay(), day.name(), day.noticeYear()).update();
        }
    }

    boolean deleteDay(java.time.LocalDate day) {
        return jdbc.sql("DELETE FROM calendar_day WHERE \"day\" = ?").param(day).update() > 0;
    }

    /** Removes a notice's days and any day the new file fixes, before the file is written. */
    void deleteNotice(int year, List<OfficialDay> replacing) {
        jdbc.sql("DELETE FROM calendar_day WHERE notice_year = ?").param(year).update();
        for (OfficialDay day : replacing) {
            deleteDay(day.date());
        }
    }

    /** A cheap fingerprint of the stored data: changes whenever an edit touches a year. */
    String version() {
        // every change of a year bumps its revision: the sum grows with each edit whatever the instances' clocks say
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(revision), 0) FROM calendar_year")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2))
                .single();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Set<Integer> years(List<OfficialDay> days) {
        return days.stream().map(d -> d.date().getYear()).collect(Collectors.toSet());
    }
}
