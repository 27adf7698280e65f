package org.gongkai.requests;

import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.WorkbenchContribution;
import org.springframework.stereotype.Component;

/**
 * The requests' counts on the workbench: open requests due within the first reminder's working days and overdue
 * ones, in the units where the actor reads requests (request officers, supervisors, leaders), counted with the
 * queue's own filter ({@link DueFilter}), each linking to that filtered queue.
 */
@Component
class RequestsWorkbench implements WorkbenchContribution {

    static final String GROUP = "依申请公开";

    private final RequestViews views;
    private final UnitDirectory units;

    RequestsWorkbench(RequestViews views, UnitDirectory units) {
        this.views = views;
        this.units = units;
    }

    @Override
    public List<Item> items(Actor actor) {
        if (units.visibleUnits(actor, RequestActions.READERS).isEmpty()) {
            return List.of();
        }
        return List.of(
                new Item(GROUP, views.dueSoonWorkingDays() + "个工作日内到期", views.due(actor, DueFilter.SOON).size(),
                        "/console/requests?due=" + DueFilter.SOON.param(), 700, false),
                new Item(GROUP, "已超期未答复", views.due(actor, DueFilter.OVERDUE).size(),
                        "/console/requests?due=" + DueFilter.OVERDUE.param(), 701, true));
    }
}
