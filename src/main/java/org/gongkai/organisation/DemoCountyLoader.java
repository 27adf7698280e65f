package org.gongkai.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.audit.AuditLog;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableRow;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the fictional 示例县 (regions, units, one staff member per role) from
 * {@code organisation/demo/*.csv} when {@code gongkai.demo=true} and the organisation tables are empty, then
 * publishes {@link DemoCountyLoaded} synchronously inside the same transaction.
 */
@Component
class DemoCountyLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);
    static final String DIR = "organisation/demo/";

    private final GongkaiProperties properties;
    private final OrganisationService service;
    private final RegionRepository regions;
    private final UnitRepository units;
    private final StaffRepository staff;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ReadingPlaces readingPlaces;

    DemoCountyLoader(GongkaiProperties properties, OrganisationService service, RegionRepository regions,
            UnitRepository units, StaffRepository staff, ApplicationEventPublisher events, AuditLog audit,
            TransactionTemplate tx, ReadingPlaces readingPlaces) {
        this.readingPlaces = readingPlaces;
        this.properties = properties;
        this.service = service;
        this.regions = regions;
        this.units = units;
        this.staff = staff;
        this.events = events;
        this.audit = audit;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.demo()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            if (regions.count() > 0 || units.count() > 0 || staff.count() > 0) {
                return;
            }
            load();
        });
    }

    void load() {
        for (TableRow r : rows("regions.csv")) {
            service.insertRegion(new RegionDetails(r.get(0), r.get(1), RegionLevel.valueOf(r.get(2)),
                    r.get(3).isEmpty() ? null : r.get(3)));
        }
        ImportReport report = new UnitImport(service, units, regions).run(table("units.csv"));
        if (!report.completed()) {
            throw new IllegalStateException("demo units are invalid: " + report.errors());
        }
        int position = 0;
        for (TableRow r : rows("reading-places.csv")) {
            ReadingPlace.Details place = new ReadingPlace.Details(r.get(0), ReadingPlace.Kind.valueOf(r.get(1)),
                    r.get(2), r.get(3), r.get(4), r.get(5), position += 10);
            ReadingPlaces.check(place);
            readingPlaces.insert(place);
        }
        List<Long> staffIds = new ArrayList<>();
        for (TableRow r : rows("staff.csv")) {
            List<String[]> grants = new ArrayList<>();
            List<Long> unitIds = new ArrayList<>();
            for (String grant : r.get(3).split(";")) {
                String[] parts = grant.split(":");
                unitIds.add(units.findByCreditCode(parts[0]).orElseThrow().id());
                grants.add(parts);
            }
            Staff created = service.insertStaff(new StaffDetails(r.get(0), r.get(1), r.get(2), true,
                    new java.util.LinkedHashSet<>(unitIds)));
            for (int i = 0; i < grants.size(); i++) {
                String[] parts = grants.get(i);
                for (int j = 1; j < parts.length; j++) {
                    service.grantUnchecked(created.id(), unitIds.get(i), Role.valueOf(parts[j].trim().toUpperCase(Locale.ROOT)));
                }
            }
            staffIds.add(created.id());
        }
        audit.recordAs("system", "DEMO_COUNTY_LOADED", "Organisation", null, AuditLog.Outcome.SUCCESS,
                "示例县：" + regions.count() + "个区划，" + units.count() + "个单位，" + staffIds.size() + "名工作人员，" + position / 10 + "个查阅点");
        log.info("Loaded the demo county: {} regions, {} units, {} staff", regions.count(), units.count(),
                staffIds.size());
        events.publishEvent(new DemoCountyLoaded(List.copyOf(staffIds)));
    }

    private static List<TableRow> rows(String file) {
        List<TableRow> table = table(file);
        return table.subList(1, table.size()).stream().filter(r -> !r.isBlank()).toList();
    }

    private static List<TableRow> table(String file) {
        try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
            return Tables.csv(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("missing demo file " + file, e);
        }
    }
}
