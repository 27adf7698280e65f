package org.gongkai.supervision.submissions;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of information submissions ({@code gongkai.supervision.submissions.*}); the points are the county's
 * own scoring rules, not national figures.
 *
 * @param officeUnit        the 统一社会信用代码 of the government office (县政府办): its supervisors and head edit and score
 *                          every unit's submissions, keep the briefing meeting and read every unit's evaluations
 * @param bulletinName      the name of the office's own bulletin, printed on its issues (《示例县政务信息》第N期)
 * @param publications      the publications (刊物) an item can be adopted by, each with the points an adoption earns
 *                          (default: 市政务信息 1, 省政务信息 4, 省政务信息网络版 2)
 * @param instructionLevels the levels of leaders' instructions (批示), each with the points it adds (default: 县领导 2,
 *                          市领导 3, 省领导 5)
 */
@ConfigurationProperties("gongkai.supervision.submissions")
public record SubmissionSettings(
        @DefaultValue("11990101100100148H") String officeUnit,
        @DefaultValue("示例县政务信息") String bulletinName,
        List<Scored> publications,
        List<Scored> instructionLevels) {

    /** One publication or instruction level: a stable code (API, storage), its name and its points. */
    public record Scored(String code, String name, int points) {
        public Scored {
            if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,39}") || name == null || name.isBlank() || points < 0) {
                throw new IllegalArgumentException("gongkai.supervision.submissions: a code (A-Z, 0-9, _), a name and "
                        + "points >= 0 each, got " + code);
            }
        }
    }

    public SubmissionSettings {
        publications = publications == null || publications.isEmpty() ? List.of(
                new Scored("CITY_BULLETIN", "市政务信息", 1),
                new Scored("PROVINCE_BULLETIN", "省政务信息", 4),
                new Scored("PROVINCE_ONLINE", "省政务信息网络版", 2)) : List.copyOf(publications);
        instructionLevels = instructionLevels == null || instructionLevels.isEmpty() ? List.of(
                new Scored("COUNTY_LEADER", "县领导批示", 2),
                new Scored("CITY_LEADER", "市领导批示", 3),
                new Scored("PROVINCE_LEADER", "省领导批示", 5)) : List.copyOf(instructionLevels);
    }

    public Optional<Scored> publication(String code) {
        return publications.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<Scored> instructionLevel(String code) {
        return instructionLevels.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
