package org.gongkai.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of the demo county's 12345 tickets (demo mode only, once: when no imported ticket exists), generated from a
 * fixed seed and loaded through the historical import ({@link HotlineImport}), so they count in the KPIs exactly like
 * live ones: {@code gongkai.hotline.demo-tickets} of them (0 = none; the tests' profile sets 0 to keep contexts fast),
 * spread over the 365 days before today, on the topics of the responsibility list and a few streets, from a pool of
 * callers that call again; some returned and redispatched, urged, extended, late; the last days' tickets still open.
 */
@Component
class DemoHotlineTickets {

    private static final Logger log = LoggerFactory.getLogger(DemoHotlineTickets.class);
    private static final long SEED = 12345L;
    private static final String[] STREETS = {"人民大道", "幸福路", "和平路", "滨河路", "建设路", "解放街", "学府路",
        "东环路", "西城街", "南山路", "北关街", "新华路"};
    /** Weighted categories: the seed's mix, consultations most often. */
    private static final String[] CATEGORIES = {"CONSULTATION", "CONSULTATION", "CONSULTATION", "HELP", "HELP",
        "COMPLAINT", "COMPLAINT", "REPORT", "SUGGESTION", "PRAISE", "OTHER"};
    private static final int[] SATISFACTION = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 2, 2, 1};

    private final GongkaiProperties gongkai;
    private final HotlineSettings settings;
    private final HotlineImport importer;
    private final HotlineScope scope;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int count;

    DemoHotlineTickets(GongkaiProperties gongkai, HotlineSettings settings, HotlineImport importer, HotlineScope scope,
            JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${gongkai.hotline.demo-tickets:2000}") int count) {
        this.gongkai = gongkai;
        this.settings = settings;
        this.importer = importer;
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.count = count;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        loadIfMissing();
    }

    synchronized void loadIfMissing() {
        if (!gongkai.demo() || count <= 0 || scope.centreUnitId().isEmpty() || settings.responsibilities().isEmpty()
                || jdbc.sql("SELECT COUNT(*) FROM hotline_ticket WHERE imported = TRUE").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        List<HotlineImport.Line> lines = generate(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)), count);
        int loaded = tx.execute(status -> importer.importAll(lines).size());
        audit.recordAs("system", "HOTLINE_TICKETS_IMPORTED", "HotlineTicket", null, AuditLog.Outcome.SUCCESS,
                "示例 12345 工单 " + loaded + " 件（一年）");
        log.info("Loaded the demo hotline: {} tickets of a year in {} ms", loaded,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** The year before {@code today}: {@code n} tickets, the same for the same day and count. */
    List<HotlineImport.Line> generate(LocalDate today, int n) {
        Random random = new Random(SEED);
        List<Map.Entry<String, String>> topics = settings.responsibilities().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
        Instant now = today.atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant();
        List<HotlineImport.Line> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = today.minusDays(365).plusDays((long) i * 365 / n);
            ZonedDateTime at = day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(TimeConfiguration.ZONE);
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            // hot spots: the first topics and streets come up more often
            Map.Entry<String, String> topic = topics.get(Math.min(random.nextInt(topics.size()),
                    random.nextInt(topics.size())));
            String street = STREETS[Math.min(random.nextInt(STREETS.length), random.nextInt(STREETS.length))];
            String phone = random.nextInt(10) == 0 ? null : "139" + String.format("%08d", 10_000_000 + random.nextInt(900));
            String urgency = random.nextInt(20) == 0 ? "URGENT" : "NORMAL";
            List<HotlineImport.Event> events = events(random, category, at, topic.getValue(), topics, now);
            out.add(new HotlineImport.Line(category, urgency, random.nextInt(3) == 0 ? "WEB" : "PHONE", at.toInstant(),
                    phone, topic.getKey(), events, street + (1 + random.nextInt(200)) + "号"));
        }
        return out;
    }

    private static List<HotlineImport.Event> events(Random random, String category, ZonedDateTime at, String unit,
            List<Map.Entry<String, String>> topics, Instant now) {
        Timeline e = new Timeline(now);
        ZonedDateTime t = at;
        if ("CONSULTATION".equals(category) && random.nextInt(10) < 7) { // the centre answers at once
            t = t.plusMinutes(5 + random.nextInt(30));
            e.add("REPLIED", t, null, null);
            e.add("CLOSED", t.plusMinutes(1), null, null);
            e.callback(random, t.plusDays(1));
            return e.events;
        }
        t = t.plusMinutes(10 + random.nextInt(40));
        String wrong = topics.get(random.nextInt(topics.size())).getValue();
        if (random.nextInt(12) == 0 && !wrong.equals(unit)) { // dispatched to the wrong unit, returned, redispatched
            e.add("DISPATCHED", t, wrong, null);
            t = t.plusMinutes(30 + random.nextInt(90));
            e.add("RETURNED", t, null, null);
            t = t.plusMinutes(30 + random.nextInt(120));
        }
        e.add("DISPATCHED", t, unit, null);
        t = t.plusMinutes(random.nextInt(8) == 0 ? 60 * 20 + random.nextInt(600) : 5 + random.nextInt(50));
        e.add("ACCEPTED", t, null, null);
        int days = switch (category) {
            case "HELP", "OTHER" -> 5;
            case "REPORT" -> 15;
            default -> 10;
        };
        if (random.nextInt(15) == 0) {
            e.add("EXTENDED", t.plusDays(1), null, 5);
            days += 5;
        }
        int take = 1 + random.nextInt(days + 2) + (random.nextInt(10) == 0 ? days / 2 : 0); // some late
        if (random.nextInt(6) == 0) {
            e.add("URGED", t.plusDays(Math.max(1, take / 2)), null, null);
        }
        ZonedDateTime replied = t.plusDays(take).withHour(10 + random.nextInt(6));
        e.add("REPLIED", replied, null, null);
        e.add("CLOSED", replied.plusHours(1), null, null);
        e.callback(random, replied.plusDays(1));
        return e.events;
    }

    /** A ticket's events in order; the first one after now stops it there (the ticket stays open at that step). */
    private static final class Timeline {
        final List<HotlineImport.Event> events = new ArrayList<>();
        final Instant now;
        Instant last;
        boolean stopped;

        Timeline(Instant now) {
            this.now = now;
        }

        void add(String type, ZonedDateTime at, String unit, Integer days) {
            event(new HotlineImport.Event(type, at.toInstant(), unit, days, null, null));
        }

        void callback(Random random, ZonedDateTime at) {
            if (random.nextInt(10) < 8) {
                int satisfaction = SATISFACTION[random.nextInt(SATISFACTION.length)];
                boolean solved = satisfaction >= 4 ? random.nextInt(20) > 0 : random.nextInt(3) == 0;
                event(new HotlineImport.Event("CALLBACK", at.toInstant(), null, null, satisfaction, solved));
            }
        }

        private void event(HotlineImport.Event e) {
            Instant at = last != null && e.at().isBefore(last) ? last.plusSeconds(60) : e.at(); // never before the last
            if (stopped || at.isAfter(now)) {
                stopped = true;
                return;
            }
            events.add(new HotlineImport.Event(e.type(), at, e.unitCode(), e.days(), e.satisfaction(), e.solved()));
            last = at;
        }
    }
}
