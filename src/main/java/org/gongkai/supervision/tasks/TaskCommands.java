package org.gongkai.supervision.tasks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.commands.Command;

/**
 * One record per action on a supervision task, named as the form and JSON fields; the dispatcher validates them and
 * audits each as {@code CREATE_TASK}, {@code ASSIGN_TASK}, {@code REPORT_PROGRESS}, … Other parts of the module
 * dispatch {@link CreateTask} too (the briefing meeting's decisions become tasks): it answers the new task's number.
 */
public final class TaskCommands {

    public static final int NUMBER_MAX = 32;
    public static final int TITLE_MAX = 200;
    public static final int REQUIREMENT_MAX = 4000;
    public static final int EVIDENCE_MAX = 1000;
    public static final int SOURCE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int UNIT_CODE_MAX = 18;
    public static final int UNITS_MAX = 20;
    public static final int FILES_MAX = 10;
    public static final int FILE_NAME_MAX = 255;
    public static final int LIMIT_MAX = 250;

    private TaskCommands() {}

    /** A command on an existing task names it by its number (督办编号). */
    public interface TaskCommand extends Command {
        String taskNumber();

        @Override
        default String objectType() {
            return "SupervisionTask";
        }

        @Override
        default String objectId() {
            return taskNumber();
        }
    }

    /**
     * A new task. With {@code unitCodes} it is assigned at once (its clock starts today), without them it waits as
     * 待交办. {@code limitWorkingDays} null takes the type's limit from the settings (人大建议 and 政协提案: the official
     * reply limits). {@code source} says where it came from (e.g. 2026年6月碰头会), {@code findingId} the inspection
     * finding it rectifies (the finding is marked as made a task).
     */
    public record CreateTask(@NotNull(message = "请选择任务类型") TaskType type,
            @NotBlank(message = "请填写任务标题") @Size(max = TITLE_MAX) String title,
            @NotBlank(message = "请填写督办要求") @Size(max = REQUIREMENT_MAX) String requirement,
            @Size(max = EVIDENCE_MAX) String requiredEvidence,
            @Size(max = UNITS_MAX, message = "承办单位最多 20 个") List<@Size(max = UNIT_CODE_MAX) String> unitCodes,
            @Min(value = 1, message = "办理时限至少 1 个工作日") @Max(value = LIMIT_MAX, message = "办理时限过长")
            Integer limitWorkingDays,
            @Size(max = SOURCE_MAX) String source, Long findingId) implements Command {

        public CreateTask {
            unitCodes = codes(unitCodes);
        }

        @Override
        public String objectType() {
            return "SupervisionTask";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    /** Assigns the task to units (交办), or adds units to one being handled. */
    public record AssignTask(@Size(max = NUMBER_MAX) String taskNumber,
            @NotNull(message = "请选择承办单位") @Size(min = 1, max = UNITS_MAX, message = "请选择 1 至 20 个承办单位")
            List<@Size(max = UNIT_CODE_MAX) String> unitCodes) implements TaskCommand {

        public AssignTask {
            unitCodes = codes(unitCodes);
        }
    }

    /** A file of evidence as uploaded; stored under {@code SUPERVISION_EVIDENCE} when the report is accepted. */
    public record Evidence(@NotBlank(message = "请提供文件名") @Size(max = FILE_NAME_MAX) String name,
            @NotNull(message = "请选择文件") byte[] content) {}

    /**
     * A unit's progress report (整改情况) with its evidence. {@code unitCode} names the reporting unit when the actor
     * belongs to several assigned units; otherwise it may be left out.
     */
    public record ReportProgress(@Size(max = NUMBER_MAX) String taskNumber, @Size(max = UNIT_CODE_MAX) String unitCode,
            @NotBlank(message = "请填写整改情况") @Size(max = TEXT_MAX) String text,
            @Size(max = FILES_MAX, message = "证明材料最多 10 个文件") List<@Valid Evidence> evidence)
            implements TaskCommand {

        public ReportProgress {
            evidence = evidence == null ? List.of() : evidence.stream().filter(e -> e != null && e.content() != null
                    && e.content().length > 0).toList();
        }
    }

    public record AcceptTask(@Size(max = NUMBER_MAX) String taskNumber, @Size(max = REASON_MAX) String opinion)
            implements TaskCommand {}

    public record ReturnTask(@Size(max = NUMBER_MAX) String taskNumber,
            @NotBlank(message = "请写明退回理由") @Size(max = REASON_MAX) String reason) implements TaskCommand {}

    public record CloseTask(@Size(max = NUMBER_MAX) String taskNumber, @Size(max = REASON_MAX) String note)
            implements TaskCommand {}

    public record UrgeTask(@Size(max = NUMBER_MAX) String taskNumber, @Size(max = REASON_MAX) String note)
            implements TaskCommand {}

    /** The sweeper's notice of an overdue task for the monthly bulletin (system only). */
    public record EscalateTask(@Size(max = NUMBER_MAX) String taskNumber) implements TaskCommand {}

    static List<String> codes(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::trim)
                .distinct().toList();
    }
}
