package org.gongkai.services.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gongkai.commands.Command;

/**
 * The desk's staff actions on a service case, dispatched through {@link org.gongkai.commands.CommandDispatcher}
 * (handlers in {@link DeskCommandHandlers}): the materials check at intake (with the one-time notice of everything
 * missing) and parallel opinions (并联审批) asked of other units and answered by them. Component names are the form
 * and JSON field names.
 */
public final class DeskCommands {

    private DeskCommands() {}

    public static final int QUESTION_MAX = 2000;
    public static final int ANSWER_MAX = 4000;
    public static final int UNIT_CODE_MAX = 18;
    public static final int OPINION_LIMIT_MAX = 60;
    public static final int MATERIALS_MAX = 200;

    /** A command on one case, named by its number. */
    public interface CaseCommand extends Command {

        String caseNumber();

        @Override
        default String objectType() {
            return "ServiceCase";
        }

        @Override
        default String objectId() {
            return caseNumber();
        }
    }

    /**
     * 材料核验: the item's materials handed in ({@code provided}, ids of the item's materials list); every other one is
     * recorded missing. Checked again after a supplement, the newer check replaces the older one.
     */
    public record CheckMaterials(String caseNumber,
            @NotNull(message = "请勾选已收取的材料") @Size(max = MATERIALS_MAX, message = "材料不能超过{max}项")
            List<@NotNull Long> provided) implements CaseCommand {}

    /** 并联审批: asks another unit (by its credit code) for its opinion within {@code limitDays} working days. */
    public record RequestOpinion(String caseNumber,
            @NotBlank(message = "请填写征求意见的单位") @Size(max = UNIT_CODE_MAX, message = "统一社会信用代码为{max}位") String unitCode,
            @NotBlank(message = "请写明征求意见的事项") @Size(max = QUESTION_MAX, message = "不能超过{max}字") String question,
            @NotNull(message = "请填写答复时限") @Min(value = 1, message = "答复时限至少 1 个工作日")
            @Max(value = OPINION_LIMIT_MAX, message = "答复时限不能超过{value}个工作日") Integer limitDays)
            implements CaseCommand {}

    /** The asked unit's answer to an opinion request. */
    public record AnswerOpinion(String caseNumber, @NotNull Long opinionId,
            @NotBlank(message = "请填写意见") @Size(max = ANSWER_MAX, message = "意见不能超过{max}字") String answer)
            implements CaseCommand {}
}
