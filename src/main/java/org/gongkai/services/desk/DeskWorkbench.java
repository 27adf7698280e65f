package org.gongkai.services.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.CaseQueue;
import org.gongkai.services.cases.ServiceCases;
import org.gongkai.web.WorkbenchContribution;
import org.springframework.stereotype.Component;

/**
 * The desk's counts on the workbench: cases in scope due soon (yellow) and overdue (red), counted by the very queue
 * query their links open (the case module's {@code ServiceCases.queue}), and the opinions the user's units owe.
 */
@Component
class DeskWorkbench implements WorkbenchContribution {

    static final String GROUP = "政务服务";

    private final ServiceCases cases;
    private final DeskQueue queue;
    private final Opinions opinions;
    private final UnitDirectory units;
    private final Clock time;

    DeskWorkbench(ServiceCases cases, DeskQueue queue, Opinions opinions, UnitDirectory units, Clock time) {
        this.cases = cases;
        this.queue = queue;
        this.opinions = opinions;
        this.units = units;
        this.time = time;
    }

    @Override
    public List<Item> items(Actor actor) {
        List<Item> out = new ArrayList<>();
        if (!queue.scope(actor).isEmpty()) {
            long soon = cases.queue(actor, CaseQueue.Filter.of(CaseQueue.Due.DUE_SOON)).total();
            long overdue = cases.queue(actor, CaseQueue.Filter.of(CaseQueue.Due.OVERDUE)).total();
            out.add(new Item(GROUP, "临期办件（剩余不超过" + cases.clock().yellowWorkingDays() + "个工作日）", soon,
                    DeskConsolePages.CASES + "?due=soon", 750, false));
            out.add(new Item(GROUP, "超期办件", overdue, DeskConsolePages.CASES + "?due=overdue", 751, true));
        }
        Set<Long> officerUnits = units.visibleUnits(actor, Role.SERVICE_OFFICER);
        if (!officerUnits.isEmpty()) {
            long[] owed = opinions.openCounts(officerUnits, LocalDate.now(time));
            out.add(new Item(GROUP, "待答复的征求意见", owed[0], DeskConsolePages.OPINIONS, 752, owed[1] > 0));
        }
        return out;
    }
}
