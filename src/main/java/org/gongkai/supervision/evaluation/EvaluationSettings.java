package org.gongkai.supervision.evaluation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local choices of public evaluation ({@code gongkai.supervision.evaluation.*}).
 *
 * @param questions the questions every evaluation answers with a score 1–5, in the order the form asks them (a stable
 *                  code and the question); changing the list changes the scale of {@code PUBLIC_EVALUATION}
 *                  (a sum per evaluation), so change it at the start of a year
 */
@ConfigurationProperties("gongkai.supervision.evaluation")
public record EvaluationSettings(List<Question> questions) {

    public record Question(String code, String text) {
        public Question {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}") || text == null || text.isBlank()) {
                throw new IllegalArgumentException("gongkai.supervision.evaluation.questions: code (A-Z, 0-9, _) and "
                        + "text each, got " + code);
            }
        }
    }

    public EvaluationSettings {
        questions = questions == null || questions.isEmpty() ? List.of(
                new Question("ATTITUDE", "工作人员的服务态度"),
                new Question("EFFICIENCY", "办事效率"),
                new Question("OPENNESS", "政务公开和信息透明"),
                new Question("CONDUCT", "工作作风和廉洁自律")) : List.copyOf(questions);
    }
}
