package org.gongkai.services.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.ServiceCaseImport;
import org.gongkai.services.items.DemoServiceHallLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's year of cases and ratings (demo mode only, issue #11): once the demo service hall's items exist
 * and no demo year was loaded before (no case imported by {@code system}), {@link DemoYearSettings#cases()} invented cases of the 365 days up to today (the
 * application's clock) go in through the historical import ({@link ServiceCaseImport}, the path of
 * {@code POST /api/v1/staff/service-cases/import}), so the KPI pages show true figures of plausible data. Recorded as
 * {@code system} in the audit log; the time it took is logged.
 */
@Component
class DemoServiceYear {

    /** Who the demo year is recorded as (audit log and case events). */
    static final String BY = "system";

    private static final Logger log = LoggerFactory.getLogger(DemoServiceYear.class);

    private final GongkaiProperties gongkai;
    private final DemoYearSettings settings;
    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final ServiceCaseImport importer;
    private final Clock clock;
    private final TransactionTemplate requiresNew;

    DemoServiceYear(GongkaiProperties gongkai, DemoYearSettings settings, JdbcClient jdbc, UnitDirectory units,
            WorkingDayCalendar calendar, ServiceCaseImport importer, Clock clock, PlatformTransactionManager txManager) {
        this.gongkai = gongkai;
        this.settings = settings;
        this.jdbc = jdbc;
        this.units = units;
        this.calendar = calendar;
        this.importer = importer;
        this.clock = clock;
        this.requiresNew = new TransactionTemplate(txManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void onHall(DemoServiceHallLoaded loaded) {
        loadIfMissing();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        loadIfMissing();
    }

    /** Whether a demo year was loaded: a case imported by {@code system} (an officer's import is recorded by name). */
    boolean loaded() {
        return !jdbc.sql("SELECT e.case_id FROM services_case_event e JOIN services_case c ON c.id = e.case_id "
                + "WHERE e.recorded_by = :by AND c.imported = TRUE LIMIT 1").param("by", BY).query(Long.class)
                .list().isEmpty();
    }

    /**
     * Loads the year unless disabled, not in demo mode, without items, or already loaded; in a transaction of its own
     * (after the hall's commit, a write would otherwise join the finished transaction and be lost).
     */
    synchronized int loadIfMissing() {
        Integer done = requiresNew.execute(status -> load());
        return done == null ? 0 : done;
    }

    private int load() {
        if (!gongkai.demo() || settings.cases() <= 0 || loaded()) {
            return 0;
        }
        Map<Long, String> codes = new HashMap<>();
        units.findAll().forEach(u -> codes.put(u.id(), u.creditCode()));
        Set<Long> scope = new HashSet<>();
        List<DemoYearLines.Item> items = jdbc.sql("""
                        SELECT code, unit_id, kind, promised_days, promised_unit FROM services_item
                        WHERE status = 'PUBLISHED' AND promised_unit IN ('WORKING_DAYS', 'CALENDAR_DAYS') ORDER BY code""")
                .query((rs, n) -> {
                    scope.add(rs.getLong("unit_id"));
                    return new DemoYearLines.Item(rs.getString("code"), codes.get(rs.getLong("unit_id")),
                            "IMMEDIATE".equals(rs.getString("kind")), rs.getInt("promised_days"),
                            "CALENDAR_DAYS".equals(rs.getString("promised_unit")));
                })
                .list().stream().filter(i -> i.unitCode() != null).toList();
        if (items.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        List<String> lines = new DemoYearLines(calendar, LocalDate.now(clock), settings.seed())
                .generate(items, settings.cases());
        byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        ServiceCaseImport.Outcome outcome = importer.run(BY, scope, () -> new ByteArrayInputStream(body),
                IdempotencyKeys.Claim.NONE);
        if (outcome.imported() == null) {
            throw new IllegalStateException("the demo year is invalid: " + outcome.report().errors());
        }
        int done = outcome.imported().caseNumbers().size();
        log.info("Loaded the demo service year: {} cases of {} items through the historical import in {} ms", done,
                items.size(), (System.nanoTime() - start) / 1_000_000);
        return done;
    }
}
