package org.gongkai;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.RequestService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh units of the demo county (so counts are exact on a database the test classes share) and requests with a
 * chosen due date, for the console's workbench, queue and request-page tests.
 */
public final class ConsoleFixtures {

    public static final String COUNTY = "11990101100100076Q";
    public static final String OFFICE = "11990101100100148H"; // 县政府办: the demo officers' unit
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleFixtures() {}

    public record TestUnit(long id, String code, String name) {}

    /** A new unit of {@code type} under the county government, e.g. DEPARTMENT, TOWNSHIP_GOVERNMENT. */
    public static TestUnit newUnit(JdbcClient jdbc, String type, String name) {
        return newUnit(jdbc, type, name, COUNTY);
    }

    public static TestUnit newUnit(JdbcClient jdbc, String type, String name, String parentCode) {
        String code = CreditCodes.complete("11990101" + String.format("%09d", RANDOM.nextInt(1_000_000_000)));
        String unitName = "示例县" + name + RANDOM.nextInt(100_000);
        long parent = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", parentCode)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO org_unit (credit_code, name, short_name, type, parent_id) VALUES (:c, :n, :s, :t, :p)")
                .param("c", code).param("n", unitName).param("s", name).param("t", type).param("p", parent).update();
        long id = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", code).query(Long.class).single();
        return new TestUnit(id, code, unitName);
    }

    /**
     * Registers a letter received on the day that makes the statutory reply due exactly on {@code due} (20 working
     * days on the official calendar), and returns its tracking number.
     */
    public static String requestDueOn(RequestService requests, WorkingDayCalendar calendar, Actor officer,
            String unitCode, LocalDate due, String description) {
        LocalDate received = due;
        while (!calendar.isWorkingDay(received) || !calendar.addWorkingDays(received, 20).date().equals(due)) {
            received = received.minusDays(1);
        }
        RequestService.Submitted s = requests.register(officer, new ApplicationInput("NATURAL_PERSON", "欧阳娜娜",
                "11010519491231002X", null, "13700001111", "oy@example.cn", "示例县城关镇东街12号", unitCode,
                description, "PAPER", "PICKUP"), Channel.LETTER, received);
        if (!due.equals(s.dueDate())) {
            throw new IllegalStateException("due " + s.dueDate() + " instead of " + due);
        }
        return s.trackingNumber();
    }
}
