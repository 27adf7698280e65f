package org.gongkai.hotline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link HotlineStatistics} from {@link HotlineKpis#byUnit}: the figures of the KPI page's per-unit table. */
@Component
@Transactional(readOnly = true)
class JdbcHotlineStatistics implements HotlineStatistics {

    private final HotlineKpis kpis;
    private final JdbcClient jdbc;

    JdbcHotlineStatistics(HotlineKpis kpis, JdbcClient jdbc) {
        this.kpis = kpis;
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitRates> ratesByUnit(LocalDate from, LocalDate to) {
        List<UnitRates> out = new ArrayList<>();
        for (HotlineKpis.UnitFigures unit : kpis.byUnit(from, to)) {
            if (unit.unitId() == null) {
                continue;
            }
            long[] f = new long[4];
            for (HotlineKpis.Indicator i : unit.indicators()) {
                if ("CLOSED_ON_TIME_RATE".equals(i.code())) {
                    f[0] = i.numerator();
                    f[1] = i.denominator();
                } else if ("SATISFACTION_RATE".equals(i.code())) {
                    f[2] = i.numerator();
                    f[3] = i.denominator();
                }
            }
            if (f[1] > 0 || f[3] > 0) {
                out.add(new UnitRates(unit.unitId(), f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    @Override
    public List<OverdueTicket> overdueAt(LocalDate asOf) {
        return jdbc.sql("SELECT ticket_number, unit_id, due_on FROM hotline_ticket WHERE unit_id IS NOT NULL"
                + " AND received_on <= :asOf AND due_on < :asOf AND (closed_on IS NULL OR closed_on > :asOf)"
                + " ORDER BY due_on, ticket_number").param("asOf", asOf)
                .query((rs, i) -> new OverdueTicket(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
    }
}
