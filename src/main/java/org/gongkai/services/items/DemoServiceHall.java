package org.gongkai.services.items;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.organisation.DemoCountyLoaded;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.organisation.UnitType;
import org.gongkai.services.ServiceLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's three-level service hall (demo mode only, once the demo county exists): the county service
 * centre, a 便民服务中心 in every township and a 便民服务站 with an agent (代办员) in every village — the demo agent
 * account's station named after it, the others after invented agents — and about 60 items of the county's
 * departments and two townships from {@code services/demo/items.jsonl}, imported through the same code path as the
 * API ({@link ServiceItemImport}). Missing stations and the items are written once; then
 * {@link DemoServiceHallLoaded} is published.
 */
@Component
class DemoServiceHall {

    /** 示例县政务服务中心. */
    static final String COUNTY_CENTRE = "12990101100102311F";
    /** The first line of the demo items: present = the items were loaded. */
    static final String FIRST_ITEM = "1199010110010056XB05001";

    private static final Logger log = LoggerFactory.getLogger(DemoServiceHall.class);
    private static final List<String> AGENTS = List.of("张秀英", "李建军", "王桂兰", "刘志强", "陈玉梅", "杨德明",
            "赵春燕", "黄永福", "周丽华", "吴国庆", "徐海燕", "孙长青", "马红梅", "朱卫东", "胡小琴", "郭金山", "何翠萍",
            "高建国", "林素芬", "罗文华");

    private final GongkaiProperties gongkai;
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final StationRepository stations;
    private final ServiceItemRepository items;
    private final ServiceItemImport importer;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate requiresNew;

    DemoServiceHall(GongkaiProperties gongkai, UnitDirectory units, StaffDirectory staff, StationRepository stations,
            ServiceItemRepository items, ServiceItemImport importer, AuditLog audit, ApplicationEventPublisher events,
            PlatformTransactionManager txManager) {
        this.gongkai = gongkai;
        this.units = units;
        this.staff = staff;
        this.stations = stations;
        this.items = items;
        this.importer = importer;
        this.audit = audit;
        this.events = events;
        this.requiresNew = new TransactionTemplate(txManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void onDemoCounty(DemoCountyLoaded loaded) {
        loadIfMissing();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        loadIfMissing();
    }

    synchronized void loadIfMissing() {
        if (!gongkai.demo()) {
            return;
        }
        Optional<UnitView> centre = units.findByCreditCode(COUNTY_CENTRE);
        if (centre.isEmpty() || centre.get().regionCode() == null) {
            return;
        }
        requiresNew.executeWithoutResult(status -> {
            int written = stations(centre.get());
            int imported = items.existingCodes(List.of(FIRST_ITEM)).isEmpty() ? items() : 0;
            if (written + imported > 0) {
                audit.recordAs("system", "DEMO_SERVICE_HALL_LOADED", "ServiceItem", null, AuditLog.Outcome.SUCCESS,
                        "示例政务服务：" + written + "个服务中心（站），" + imported + "个事项");
                log.info("Loaded the demo service hall: {} stations, {} items", written, imported);
                events.publishEvent(new DemoServiceHallLoaded(written, imported));
            }
        });
    }

    /** The missing stations of the county; returns how many were written. */
    private int stations(UnitView centre) {
        String county = centre.regionCode().substring(0, 6);
        Map<Long, String> agents = staff.findAll().stream()
                .filter(s -> s.active())
                .flatMap(s -> s.unitRoles().entrySet().stream().filter(e -> e.getValue().contains(Role.SERVICE_AGENT))
                        .map(e -> Map.entry(e.getKey(), s.displayName())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        int written = add(centre, centre.name(), ServiceLevel.COUNTY, null);
        int village = 0;
        for (UnitView u : units.findAll()) {
            if (u.regionCode() == null || !u.regionCode().startsWith(county)) {
                continue;
            }
            if (UnitType.TOWNSHIP_GOVERNMENT.name().equals(u.type())) {
                written += add(u, place(u) + "便民服务中心", ServiceLevel.TOWNSHIP, null);
            } else if (UnitType.VILLAGE_COMMITTEE.name().equals(u.type())) {
                String agent = agents.getOrDefault(u.id(), AGENTS.get(village++ % AGENTS.size()));
                written += add(u, place(u) + "便民服务站", ServiceLevel.VILLAGE, agent);
            }
        }
        return written;
    }

    private int add(UnitView unit, String name, ServiceLevel level, String agent) {
        if (stations.exists(unit.regionCode())) {
            return 0;
        }
        stations.insert(new Station(0, unit.regionCode(), name, level, unit.id(), unit.officeAddress(),
                unit.officeHours(), unit.officePhone(), agent, true));
        return 1;
    }

    /** 示例县城关镇人民政府 → 城关镇; 示例县城关镇东街村民委员会 → 东街村 (the township's name dropped). */
    static String place(UnitView unit) {
        String name = unit.name().replaceFirst("^示例县", "");
        if (name.endsWith("人民政府")) {
            return name.substring(0, name.length() - "人民政府".length());
        }
        name = name.replaceFirst("^.{1,6}?[镇乡]", "");
        return name.endsWith("村民委员会") ? name.substring(0, name.length() - "民委员会".length())
                : name.replaceFirst("(居民委员会|委员会)$", "");
    }

    private int items() {
        try (InputStream in = new ClassPathResource("services/demo/items.jsonl").getInputStream()) {
            ServiceItemImport.Imported done = importer.run(in, id -> true, "system", IdempotencyKeys.Claim.NONE);
            if (!done.report().completed()) {
                throw new IllegalStateException("demo service items are invalid: " + done.report().errors());
            }
            return done.codes().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
