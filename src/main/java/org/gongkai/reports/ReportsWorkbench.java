package org.gongkai.reports;

import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.web.WorkbenchContribution;
import org.springframework.stereotype.Component;

/**
 * The annual reports' counts on the workbench: reports waiting for the actor's approval and approved reports
 * waiting for the actor to publish them ({@link ReportService#waitingFor}, the list behind each link). Shown only to
 * officers who prepare or approve some unit's report.
 */
@Component
class ReportsWorkbench implements WorkbenchContribution {

    static final String GROUP = "年度报告";

    private final ReportService reports;
    private final ReportAccess access;

    ReportsWorkbench(ReportService reports, ReportAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public List<Item> items(Actor actor) {
        boolean approves = access.reportingUnits().stream().anyMatch(u -> access.mayApprove(actor, u));
        boolean prepares = access.reportingUnits().stream().anyMatch(u -> access.mayPrepare(actor, u));
        List<Item> out = new java.util.ArrayList<>();
        if (approves) {
            out.add(new Item(GROUP, "待审核的年度报告", reports.waitingFor(actor, ReportStatus.SUBMITTED).size(),
                    "/console/reports?status=" + ReportStatus.SUBMITTED.name(), 800, false));
        }
        if (approves || prepares) {
            out.add(new Item(GROUP, "已审核待公开的年度报告", reports.waitingFor(actor, ReportStatus.APPROVED).size(),
                    "/console/reports?status=" + ReportStatus.APPROVED.name(), 801, false));
        }
        return out;
    }
}
