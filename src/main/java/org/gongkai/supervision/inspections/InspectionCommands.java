package org.gongkai.supervision.inspections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.commands.Command;

/**
 * The commands of inspections (日常巡查, 明察暗访, 专项督查) and their findings, audited as {@code RECORD_INSPECTION},
 * {@code RECORD_FINDING}, {@code DISMISS_FINDING} and {@code RUN_PATROL}. A finding becomes a task through the tasks'
 * own {@code CreateTask} with its {@code findingId}.
 */
public final class InspectionCommands {

    public static final int NUMBER_MAX = 32;
    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final int UNIT_CODE_MAX = 18;
    public static final int FINDINGS_MAX = 50;
    public static final int DATE_MAX = 10;

    private InspectionCommands() {}

    /** One finding as recorded by an inspector: the unit concerned and what was found. */
    public record NewFinding(@NotBlank(message = "请选择被检查单位") @Size(max = UNIT_CODE_MAX) String unitCode,
            @NotBlank(message = "请填写发现的问题") @Size(max = DESCRIPTION_MAX) String description) {}

    /**
     * An inspection by the office's staff ({@code kind} ROUTINE, UNANNOUNCED or SPECIAL; the automatic patrol records
     * its own) held on {@code heldOn} (yyyy-MM-dd, not in the future), with its findings (possibly none yet).
     */
    public record RecordInspection(@NotNull(message = "请选择巡查方式") InspectionKind kind,
            @NotBlank(message = "请填写巡查名称") @Size(max = TITLE_MAX) String title,
            @NotBlank(message = "请填写巡查日期") @Size(max = DATE_MAX) String heldOn,
            @Size(max = NOTES_MAX) String notes,
            @Size(max = FINDINGS_MAX, message = "一次最多记录 50 个问题") List<@Valid NewFinding> findings)
            implements Command {

        public RecordInspection {
            findings = findings == null ? List.of() : findings.stream().filter(f -> f != null
                    && !(blank(f.unitCode()) && blank(f.description()))).toList();
        }

        @Override
        public String objectType() {
            return "SupervisionInspection";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** One more finding of an inspection. */
    public record RecordFinding(@Size(max = NUMBER_MAX) String inspectionNumber,
            @NotBlank(message = "请选择被检查单位") @Size(max = UNIT_CODE_MAX) String unitCode,
            @NotBlank(message = "请填写发现的问题") @Size(max = DESCRIPTION_MAX) String description) implements Command {

        @Override
        public String objectType() {
            return "SupervisionInspection";
        }

        @Override
        public String objectId() {
            return inspectionNumber;
        }
    }

    /** The office decides an open finding needs no task (不需督办), with its reason. */
    public record DismissFinding(long findingId,
            @NotBlank(message = "请写明不需督办的理由") @Size(max = REASON_MAX) String reason) implements Command {

        @Override
        public String objectType() {
            return "SupervisionFinding";
        }

        @Override
        public String objectId() {
            return String.valueOf(findingId);
        }
    }

    /** Runs the automatic patrol now (the supervisor on demand, or the daily job as the system). */
    public record RunPatrol() implements Command {

        @Override
        public String objectType() {
            return "SupervisionPatrol";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
