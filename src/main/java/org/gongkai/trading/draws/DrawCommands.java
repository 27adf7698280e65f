package org.gongkai.trading.draws;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/** The draw operator's actions, audited as {@code DRAW_EXPERTS}, {@code START_EVALUATION}, {@code RECORD_DECLINE}. */
public final class DrawCommands {

    private DrawCommands() {}

    /** A draw, or with {@code replacement} a replacement draw (补抽) for declined or absent experts. */
    public record DrawExperts(
            @NotBlank String projectCode,
            @NotBlank(message = "请填写评审专业") @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "评审专业代码不正确")
            String specialty,
            @NotNull(message = "请填写抽取人数") @Min(value = 1, message = "抽取人数至少为1人")
            @Max(value = 99, message = "抽取人数不能超过99人") Integer count,
            @NotNull(message = "请填写评标委员会人数") @Min(value = 1, message = "评标委员会人数不正确")
            @Max(value = 99, message = "评标委员会人数不能超过99人") Integer committeeSize,
            boolean replacement) implements Command {

        @Override
        public String objectType() {
            return "TradingProject";
        }

        @Override
        public String objectId() {
            return projectCode;
        }
    }

    /** The result the API answers at once: the record's commitments, never a name. */
    public record Drawn(String drawId, String commitment, String poolDigest, int poolSize) {}

    public record StartEvaluation(@NotBlank String projectCode) implements Command {

        @Override
        public String objectType() {
            return "TradingProject";
        }

        @Override
        public String objectId() {
            return projectCode;
        }
    }

    /** An expert of a draw declined or did not come. */
    public record RecordDecline(
            @NotBlank String drawId,
            @NotBlank(message = "请填写专家编号") @Size(max = 40, message = "专家编号不超过40个字符") String expertId,
            @NotBlank(message = "请填写拒绝或缺席的原因") @Size(max = 500, message = "原因不超过500字") String reason)
            implements Command {

        @Override
        public String objectType() {
            return "TradingDraw";
        }

        @Override
        public String objectId() {
            return drawId;
        }
    }
}
