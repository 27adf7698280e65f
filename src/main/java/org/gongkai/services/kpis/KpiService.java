package org.gongkai.services.kpis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * KPIs of a scope the reader may see: a service officer reads the units of its scope, the director and the
 * supervisor the whole county. A unit outside the reader's scope is 404.
 */
@Service
public class KpiService {

    /** The query of a page or API call, as typed (strings; parsed and checked here). */
    public record Request(String unitCode, String stationCode, String level, String from, String to) {}

    private final KpiQueries queries;
    private final KpiInsights insights;
    private final KpiDrillDown drillDown;
    private final UnitDirectory units;
    private final JdbcClient jdbc;
    private final KpiSettings settings;
    private final Clock clock;

    KpiService(KpiQueries queries, KpiInsights insights, KpiDrillDown drillDown, UnitDirectory units, JdbcClient jdbc,
            KpiSettings settings, Clock clock) {
        this.queries = queries;
        this.insights = insights;
        this.drillDown = drillDown;
        this.units = units;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    KpiReport report(Actor actor, Request request) {
        KpiScope scope = scope(actor, request);
        Map<Long, String[]> names = new HashMap<>();
        units.findAll().forEach(u -> names.put(u.id(), new String[] { u.creditCode(), u.name() }));
        KpiQueries.Figures figures = queries.figures(scope);
        return new KpiReport(blank(request.unitCode()) ? null : request.unitCode().trim(), scope.from(), scope.to(),
                scope.asOf(), figures.indicators(), insights.distributions(scope, figures),
                insights.flags(figures, names));
    }

    @Transactional(readOnly = true)
    KpiDrillDown.Page drillDown(Actor actor, Request request, String indicator, String part, int page, int size) {
        KpiDefinitions.Part p;
        try {
            p = KpiDefinitions.Part.valueOf(blank(part) ? "NUMERATOR" : part.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("part", "part 应为 NUMERATOR 或 DENOMINATOR");
        }
        if (page < 0 || size < 1 || size > 200) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "page ≥ 0，size 为 1 至 200", "size");
        }
        return drillDown.list(scope(actor, request), indicator, p, page, size);
    }

    /** The units the actor reads KPIs of. */
    Set<Long> readable(Actor actor) {
        if (actor.hasRole(Role.SERVICE_DIRECTOR) || actor.hasRole(Role.SUPERVISOR)) {
            Set<Long> all = new HashSet<>();
            units.findAll().forEach(u -> all.add(u.id()));
            return all;
        }
        return units.visibleUnits(actor, Role.SERVICE_OFFICER);
    }

    KpiScope scope(Actor actor, Request r) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = date(r.from(), "from", today.withDayOfYear(1));
        LocalDate to = date(r.to(), "to", today);
        if (to.isBefore(from)) {
            throw GongkaiException.invalid("to", "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(from, to) >= settings.maxPeriodDays()) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "统计期间最长 " + settings.maxPeriodDays() + " 天", "to");
        }
        Set<Long> readable = readable(actor);
        Set<Long> selected = readable;
        if (!blank(r.unitCode())) {
            var unit = r.unitCode().length() > 18 ? java.util.Optional.<UnitDirectory.UnitView>empty()
                    : units.findByCreditCode(r.unitCode().trim());
            if (unit.isEmpty() || !readable.contains(unit.get().id())) {
                throw GongkaiException.notFound();
            }
            selected = new HashSet<>(units.selfAndDescendants(unit.get().id()));
            selected.retainAll(readable);
        }
        Long station = null;
        if (!blank(r.stationCode())) {
            station = r.stationCode().length() > 40 ? null
                    : jdbc.sql("SELECT id FROM services_station WHERE code = ?").param(r.stationCode().trim())
                            .query(Long.class).optional().orElse(null);
            if (station == null) {
                throw GongkaiException.notFound();
            }
        }
        ServiceLevel level = null;
        if (!blank(r.level())) {
            try {
                level = ServiceLevel.valueOf(r.level().trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw GongkaiException.invalid("level", "层级应为 COUNTY、TOWNSHIP 或 VILLAGE");
            }
        }
        return new KpiScope(Set.copyOf(selected), station, level, from, to, to.isAfter(today) ? today : to);
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, ErrorCode.INVALID_DATE.message(), field);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
