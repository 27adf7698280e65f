package org.gongkai.hotline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of the 12345 hotline ({@code gongkai.hotline.*}; RULES §6: limits are local, these are our defaults,
 * not national figures).
 *
 * @param centreUnit       the 统一社会信用代码 of the 12345 centre: its hotline officers take in, dispatch, arbitrate,
 *                         approve extensions, urge, close and call back county-wide; a hotline officer of any other
 *                         unit handles that unit's tickets
 * @param extraCategories  categories added to the seven built-in ones, code → label (e.g. {@code DEMAND=求决})
 * @param acceptHours      the accept (签收) limit per urgency in working hours (default 1 for each)
 * @param answerDays       the answer limit per category in working days (defaults of issue #12; an extra category
 *                         without its own value takes OTHER's)
 * @param urgentDays       overrides of the URGENT limit per category (default: half the answer limit, rounded up)
 * @param criticalDays     overrides of the CRITICAL limit per category (default: 1, the next working day)
 * @param reopenLimit      how often an unsatisfied citizen's ticket may be reopened (default once)
 * @param maxExtensionDays the longest extension the centre may approve at once, in working days
 * @param responsibilities the responsibility list: topic → credit code of the unit a dispatch is suggested to
 * @param publicList       whether the portal lists closed tickets with their replies (personal data removed)
 */
@ConfigurationProperties("gongkai.hotline")
public record HotlineSettings(
        @DefaultValue("129901011001024506") String centreUnit,
        Map<String, String> extraCategories,
        Map<Urgency, Integer> acceptHours,
        Map<String, Integer> answerDays,
        Map<String, Integer> urgentDays,
        Map<String, Integer> criticalDays,
        @DefaultValue("1") int reopenLimit,
        @DefaultValue("10") int maxExtensionDays,
        Map<String, String> responsibilities,
        @DefaultValue("false") boolean publicList) {

    /** The built-in categories of issue #12, in the order forms list them. */
    public static final Map<String, String> BUILT_IN = builtIn();

    private static final Map<String, Integer> DEFAULT_DAYS = Map.of("CONSULTATION", 1, "HELP", 5, "COMPLAINT", 10,
            "REPORT", 15, "SUGGESTION", 10, "PRAISE", 10, "OTHER", 5);

    public HotlineSettings {
        extraCategories = extraCategories == null ? Map.of() : Map.copyOf(extraCategories);
        acceptHours = acceptHours == null ? Map.of() : Map.copyOf(acceptHours);
        answerDays = answerDays == null ? Map.of() : Map.copyOf(answerDays);
        urgentDays = urgentDays == null ? Map.of() : Map.copyOf(urgentDays);
        criticalDays = criticalDays == null ? Map.of() : Map.copyOf(criticalDays);
        responsibilities = responsibilities == null ? Map.of() : Map.copyOf(responsibilities);
        for (Map<String, Integer> days : java.util.List.of(answerDays, urgentDays, criticalDays)) {
            days.forEach((k, v) -> {
                if (v == null || v < 1) {
                    throw new IllegalArgumentException("gongkai.hotline limit for " + k + " must be at least 1");
                }
            });
        }
        acceptHours.values().forEach(v -> {
            if (v == null || v < 1) {
                throw new IllegalArgumentException("gongkai.hotline.accept-hours must be at least 1");
            }
        });
        if (reopenLimit < 0 || maxExtensionDays < 1) {
            throw new IllegalArgumentException("gongkai.hotline.reopen-limit >= 0 and max-extension-days >= 1");
        }
    }

    /** The defaults, with the demo centre (tests and the pure clock). */
    public static HotlineSettings defaults() {
        return new HotlineSettings("129901011001024506", null, null, null, null, null, 1, 10, null, false);
    }

    private static Map<String, String> builtIn() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CONSULTATION", "咨询");
        m.put("HELP", "求助");
        m.put("COMPLAINT", "投诉");
        m.put("REPORT", "举报");
        m.put("SUGGESTION", "建议");
        m.put("PRAISE", "表扬");
        m.put("OTHER", "其他");
        return Collections.unmodifiableMap(m);
    }

    /** Every category, code → label: the built-in ones then the extra ones. */
    public Map<String, String> categories() {
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN);
        extraCategories.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> all.putIfAbsent(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(all);
    }

    public boolean knows(String category) {
        return category != null && categories().containsKey(category);
    }

    public String label(String category) {
        return categories().getOrDefault(category, category);
    }

    /** The answer limit of a category at an urgency, in working days. */
    public int answerDays(String category, Urgency urgency) {
        int normal = answerDays.getOrDefault(category, DEFAULT_DAYS.getOrDefault(category,
                answerDays.getOrDefault("OTHER", DEFAULT_DAYS.get("OTHER"))));
        return switch (urgency) {
            case NORMAL -> normal;
            case URGENT -> urgentDays.getOrDefault(category, (normal + 1) / 2);
            case CRITICAL -> criticalDays.getOrDefault(category, 1);
        };
    }

    /** The accept limit at an urgency, in working hours. */
    public int acceptHours(Urgency urgency) {
        return acceptHours.getOrDefault(urgency, 1);
    }
}
