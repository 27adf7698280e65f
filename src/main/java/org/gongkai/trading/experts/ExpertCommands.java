package org.gongkai.trading.experts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.commands.Command;

/** The expert pool's edits, audited as {@code EDIT_EXPERT} and {@code RATE_EXPERT}. */
public final class ExpertCommands {

    private ExpertCommands() {}

    /**
     * The expert-pool administrator edits an expert: the whole record as the import line has it, except that a blank
     * {@code idNumber} keeps the stored one (lists show it masked). Specialties must be in the list.
     */
    public record EditExpert(@NotBlank @Size(max = 40) String expertId, @NotNull ExpertInput expert)
            implements Command {

        @Override
        public String objectType() {
            return "TradingExpert";
        }

        @Override
        public String objectId() {
            return expertId;
        }
    }

    /** A trading officer rates the work of an expert selected for one of its projects (1 to 5). */
    public record RateExpert(
            @NotBlank @Size(max = 60) String projectCode,
            @NotBlank(message = "请填写专家编号") @Size(max = 40, message = "专家编号不超过40个字符") String expertId,
            @NotNull(message = "请选择评分") @Min(value = 1, message = "评分应为 1 至 5")
            @Max(value = 5, message = "评分应为 1 至 5") Integer score,
            @Size(max = 500, message = "评价不超过500字") String comment) implements Command {

        @Override
        public String objectType() {
            return "TradingExpert";
        }

        @Override
        public String objectId() {
            return expertId;
        }
    }
}
