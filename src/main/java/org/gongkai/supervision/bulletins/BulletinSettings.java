package org.gongkai.supervision.bulletins;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of the monthly bulletin ({@code gongkai.supervision.bulletins.*}).
 *
 * @param masthead      the red 版头 (issuing office's name as printed), e.g. 示例县人民政府办公室
 * @param numberPattern the 文号: {@code {year}} is the year of issue, {@code {n}} the bulletin's sequence in that year
 * @param issuer        the 落款 (issuing office) under the body
 * @param recipients    the 主送机关 line above the body
 * @param printedBy     the office named on the 印发 line at the end
 * @param earliest      the first month a bulletin may be generated for (YYYY-MM)
 */
@ConfigurationProperties("gongkai.supervision.bulletins")
public record BulletinSettings(
        @DefaultValue("示例县人民政府办公室") String masthead,
        @DefaultValue("示政办督〔{year}〕{n}号") String numberPattern,
        @DefaultValue("示例县人民政府办公室") String issuer,
        @DefaultValue("各乡镇人民政府，县政府各部门、各直属机构：") String recipients,
        @DefaultValue("示例县人民政府办公室") String printedBy,
        @DefaultValue("2000-01") String earliest) {

    public BulletinSettings {
        if (numberPattern == null || !numberPattern.contains("{n}") || numberPattern.length() > 40) {
            throw new IllegalArgumentException("gongkai.supervision.bulletins.number-pattern must contain {n} and be at "
                    + "most 40 characters, got " + numberPattern);
        }
        java.time.YearMonth.parse(earliest);
    }

    /** The 文号 of the {@code n}th bulletin of {@code year}. */
    public String documentNumber(int year, int n) {
        return numberPattern.replace("{year}", String.valueOf(year)).replace("{n}", String.valueOf(n));
    }
}
