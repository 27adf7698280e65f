package org.gongkai.supervision.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public's evaluation of a unit, audited as {@code SUBMIT_EVALUATION} (by an anonymous caller). */
@Configuration(proxyBeanMethods = false)
public class EvaluationCommands {

    public static final int COMMENT_MAX = 500;

    /** {@code scores}: question code → "1".."5" (every question of the settings answered). */
    public record SubmitEvaluation(
            @NotBlank(message = "请选择评议的单位") @Size(max = 40, message = "单位代码不正确") String unitCode,
            @NotNull(message = "请为每个问题打分") @Size(max = 40, message = "问题过多") Map<String, String> scores,
            @Size(max = COMMENT_MAX, message = "意见和建议不能超过{max}字") String comment) implements Command {
        @Override
        public String objectType() {
            return "PublicEvaluation";
        }

        @Override
        public String objectId() {
            return null;
        }
    }

    @Bean
    CommandHandler<SubmitEvaluation, Long> submitEvaluationHandler(Evaluations evaluations) {
        return CommandHandlers.handle(SubmitEvaluation.class, (c, ctx) -> evaluations.record(c))
                .objectId((c, id) -> String.valueOf(id))
                .describedBy((c, id) -> "社会评议：" + c.unitCode())
                .build();
    }
}
