package org.gongkai.notify;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.Role;
import org.gongkai.supervision.tasks.TaskEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about supervision tasks (督查督办, issue #15), in the inbox (and by e-mail where set) of the staff of each
 * assigned unit (every staff member of the unit but the 三员 and integration accounts: a unit's whole staff handles its
 * tasks): the assignment, the return for rectification, each urging, the acceptance and the bulletin notice; a report
 * waiting for acceptance goes to the supervisors of the office that owns the task. Idempotent like
 * {@link NotificationListeners} (dedupe keys).
 */
@Component
class SupervisionTaskNotifications {

    /** The console page of a task. */
    static final String CONSOLE_PATH = "/console/supervision/tasks/";

    private static final Set<Role> NOT_TOLD = Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN,
            Role.HOTLINE_INTEGRATION, Role.PACKAGE_RECEIVER);

    private final Deliveries deliveries;

    SupervisionTaskNotifications(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(TaskEvents.TaskAssigned event) {
        for (long unit : event.unitIds()) {
            Map<String, String> values = values(event.taskNumber(), unit);
            values.put("dueOn", String.valueOf(event.dueOn()));
            toUnit(NotificationKind.SUPERVISION_TASK_ASSIGNED, "SUPERVISION_ASSIGNED:" + event.taskNumber() + ":"
                    + unit, event.taskNumber(), unit, values);
        }
    }

    @ApplicationModuleListener
    void on(TaskEvents.TaskReturned event) {
        for (long unit : event.unitIds()) {
            toUnit(NotificationKind.SUPERVISION_TASK_RETURNED, "SUPERVISION_RETURNED:" + event.taskNumber() + ":"
                    + event.at() + ":" + unit, event.taskNumber(), unit, values(event.taskNumber(), unit));
        }
    }

    @ApplicationModuleListener
    void on(TaskEvents.TaskUrged event) {
        for (long unit : event.unitIds()) {
            Map<String, String> values = values(event.taskNumber(), unit);
            values.put("urgeCount", String.valueOf(event.count()));
            values.put("dueOn", String.valueOf(event.dueOn()));
            toUnit(NotificationKind.SUPERVISION_TASK_URGED, "SUPERVISION_URGED:" + event.taskNumber() + ":"
                    + event.count() + ":" + unit, event.taskNumber(), unit, values);
        }
    }

    @ApplicationModuleListener
    void on(TaskEvents.TaskAccepted event) {
        for (long unit : event.unitIds()) {
            toUnit(NotificationKind.SUPERVISION_TASK_ACCEPTED, "SUPERVISION_ACCEPTED:" + event.taskNumber() + ":"
                    + unit, event.taskNumber(), unit, values(event.taskNumber(), unit));
        }
    }

    @ApplicationModuleListener
    void on(TaskEvents.TaskEscalated event) {
        for (long unit : event.unitIds()) {
            Map<String, String> values = values(event.taskNumber(), unit);
            values.put("dueOn", String.valueOf(event.dueOn()));
            toUnit(NotificationKind.SUPERVISION_TASK_ESCALATED, "SUPERVISION_ESCALATED:" + event.taskNumber() + ":"
                    + unit, event.taskNumber(), unit, values);
        }
    }

    @ApplicationModuleListener
    void on(TaskEvents.ProgressReported event) {
        if (event.officeUnitId() == null) {
            return;
        }
        Set<Long> office = Set.of(event.officeUnitId());
        Set<Long> supervisors = new HashSet<>(deliveries.holders(Role.SUPERVISOR, office));
        supervisors.addAll(deliveries.holders(Role.OFFICE_HEAD, office));
        deliveries.toStaff(NotificationKind.SUPERVISION_TASK_REPORTED, "SUPERVISION_REPORTED:" + event.taskNumber()
                + ":" + event.unitId() + ":" + event.at(), event.taskNumber(), supervisors.stream().sorted().toList(),
                CONSOLE_PATH + event.taskNumber(), values(event.taskNumber(), event.unitId()));
    }

    private void toUnit(NotificationKind kind, String key, String taskNumber, long unitId, Map<String, String> values) {
        List<Long> staff = deliveries.members(Set.of(unitId), NOT_TOLD);
        deliveries.toStaff(kind, key, taskNumber, staff, CONSOLE_PATH + taskNumber, values);
    }

    private Map<String, String> values(String taskNumber, long unitId) {
        return deliveries.values("taskNumber", taskNumber, unitId, "承办单位");
    }
}
