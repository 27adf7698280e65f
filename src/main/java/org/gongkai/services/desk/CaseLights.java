package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.Locale;
import org.gongkai.services.cases.CaseLight;
import org.gongkai.services.cases.CaseStatus;

/**
 * The traffic light of a case in words as well as colour (never colour alone): green 正常, yellow 临期, red 超期 (the
 * case module's {@link CaseLight}, threshold {@code gongkai.services.cases.yellow-working-days}), with the days left
 * or the due date; a suspended case shows 暂停 (its clock stands still).
 */
public final class CaseLights {

    private CaseLights() {}

    /** The light as shown: its CSS class and its words. */
    public record Light(String colour, String text) {

        public String css() {
            return "light light-" + colour.toLowerCase(Locale.ROOT);
        }
    }

    /** On the case page: with the working days left when known. */
    public static Light of(CaseStatus status, CaseLight light, Integer workingDaysLeft, LocalDate due) {
        if (status == CaseStatus.SUSPENDED) {
            return new Light("PAUSED", "暂停：特别程序中，计时暂停");
        }
        if (light == null || !status.isOpen()) {
            return null;
        }
        return switch (light) {
            case RED -> new Light("RED", "超期：已过办结期限 " + due);
            case YELLOW -> new Light("YELLOW", workingDaysLeft != null && workingDaysLeft == 0 ? "临期：今天到期"
                    : "临期：剩 " + workingDaysLeft + " 个工作日");
            case GREEN -> new Light("GREEN", "正常：剩 " + workingDaysLeft + " 个工作日");
        };
    }

    /** In the queue: the light's word and the due date. */
    public static Light row(CaseStatus status, CaseLight light, LocalDate due) {
        if (status == CaseStatus.SUSPENDED) {
            return new Light("PAUSED", "暂停（特别程序中）");
        }
        if (light == null) {
            return null;
        }
        return new Light(light.name(), light.label() + "（" + due + " 到期）");
    }
}
