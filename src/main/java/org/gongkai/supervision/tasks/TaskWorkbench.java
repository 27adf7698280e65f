package org.gongkai.supervision.tasks;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.web.WorkbenchContribution;
import org.springframework.stereotype.Component;

/**
 * Supervision tasks on the workbench, counted with the list's own filter ({@link TaskService#list}) and linking to
 * that filtered list: for supervisors the reports waiting for acceptance and the overdue tasks; for an assigned
 * unit's staff the tasks it is handling and those returned for rectification (超期 ones highlighted).
 */
@Component
class TaskWorkbench implements WorkbenchContribution {

    static final String GROUP = "督查督办";

    private final TaskService tasks;
    private final TaskScope scope;

    TaskWorkbench(TaskService tasks, TaskScope scope) {
        this.tasks = tasks;
        this.scope = scope;
    }

    @Override
    public List<Item> items(Actor actor) {
        List<Item> out = new ArrayList<>();
        if (scope.isSupervisor(actor)) {
            out.add(new Item(GROUP, "待验收的督办任务", tasks.list(actor, new TaskService.Filter(TaskStatus.REPORTED,
                    null, null, null, false, false)).size(), TaskAccessRules.CONSOLE + "?status=REPORTED", 1520, false));
            out.add(new Item(GROUP, "已超期的督办任务", tasks.list(actor, new TaskService.Filter(null, null, "OVERDUE",
                    null, false, false)).size(), TaskAccessRules.CONSOLE + "?light=OVERDUE", 1521, true));
        }
        if (!scope.ownUnits(actor).isEmpty()) {
            long handling = tasks.list(actor, new TaskService.Filter(TaskStatus.ASSIGNED, null, null, null, false, true))
                    .size();
            long returned = tasks.list(actor, new TaskService.Filter(TaskStatus.RETURNED, null, null, null, false, true))
                    .size();
            if (handling + returned > 0) {
                out.add(new Item(GROUP, "本单位办理中的督办任务", handling,
                        TaskAccessRules.CONSOLE + "?mine=true&status=ASSIGNED", 1522, false));
                out.add(new Item(GROUP, "本单位被退回整改的督办任务", returned,
                        TaskAccessRules.CONSOLE + "?mine=true&status=RETURNED", 1523, false));
            }
        }
        return out;
    }
}
