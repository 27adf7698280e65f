package org.gongkai.supervision.inspections;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of the automatic daily patrol ({@code gongkai.supervision.patrol.*}).
 *
 * @param cron        when the patrol runs (daily; {@code -} = only on demand)
 * @param columns     the columns checked for staleness: a column is a 信息类别 (e.g. 其他主动公开信息, where 工作动态 is
 *                    published) or a 体裁 (e.g. 通知), with the most days allowed since a unit's newest public document
 *                    in it; a unit's column is checked once the unit has published in it
 * @param maxFindings the most new findings one run records (the rest wait for the next run)
 */
@ConfigurationProperties("gongkai.supervision.patrol")
public record PatrolSettings(@DefaultValue("0 10 7 * * *") String cron, Map<String, Integer> columns,
        @DefaultValue("500") int maxFindings) {

    public PatrolSettings {
        columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
    }
}
