package org.gongkai.hotline;

import java.time.LocalDate;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.springframework.stereotype.Service;

/**
 * Who reads which KPIs: the 12345 centre and supervisors county-wide or for any unit; a unit's handler only its own
 * unit (another unit answers 404, as a ticket outside the scope does).
 */
@Service
public class HotlineKpiService {

    /** The longest period one request may cover. */
    static final int MAX_DAYS = 3 * 366;

    private final HotlineKpis kpis;
    private final HotlineScope scope;

    HotlineKpiService(HotlineKpis kpis, HotlineScope scope) {
        this.kpis = kpis;
        this.scope = scope;
    }

    public HotlineKpiReport report(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw GongkaiException.invalid(from == null ? "from" : "to", "请填写统计期间的起止日期（YYYY-MM-DD）");
        }
        if (to.isBefore(from)) {
            throw GongkaiException.invalid("to", "结束日期不能早于开始日期");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "统计期间最长三年", "to");
        }
        boolean countyWide = scope.isCentre(actor) || actor.hasRole(Role.SUPERVISOR);
        Long unitId = null;
        String code = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
        if (code != null) {
            if (code.length() > HotlineCommands.UNIT_CODE_MAX) {
                throw GongkaiException.notFound();
            }
            long id = scope.unitOrNotFound(code);
            if (!countyWide && !scope.handlingUnits(actor).contains(id)) {
                throw GongkaiException.outOfScope("HotlineKpis", code);
            }
            unitId = id;
        } else if (!countyWide) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "全县指标只对 12345 热线中心和督查人员开放，请指定本单位的 unitCode");
        }
        return new HotlineKpiReport(code, from, to, kpis.compute(unitId, from, to).stream()
                .map(i -> new HotlineKpiReport.Indicator(i.code(), i.name(), i.numerator(), i.denominator(),
                        i.value()))
                .toList());
    }
}
