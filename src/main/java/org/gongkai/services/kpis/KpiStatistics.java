package org.gongkai.services.kpis;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.services.ServiceStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ServiceStatistics} over {@link KpiDefinitions}: the same predicates the KPI page counts with. */
@Component
@Transactional(readOnly = true)
class KpiStatistics implements ServiceStatistics {

    private final JdbcClient jdbc;

    KpiStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitOnTime> onTimeByUnit(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT c.unit_id, SUM(CASE WHEN " + KpiDefinitions.ON_TIME + " THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM services_case c WHERE " + KpiDefinitions.COMPLETED + " GROUP BY c.unit_id ORDER BY c.unit_id")
                .param("from", from).param("to", to)
                .query((rs, i) -> new UnitOnTime(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    @Override
    public List<OverdueCase> overdueAt(LocalDate asOf) {
        return jdbc.sql("SELECT c.case_number, c.unit_id, c.due_on FROM services_case c WHERE "
                + KpiDefinitions.OVERDUE_OPEN + " ORDER BY c.due_on, c.case_number").param("asOf", asOf)
                .query((rs, i) -> new OverdueCase(rs.getString(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class))).list();
    }
}
