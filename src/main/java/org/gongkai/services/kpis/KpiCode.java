package org.gongkai.services.kpis;

/**
 * The KPI codes of the API (issue #11's table, an outside contract: extend, never rename). Each names what its
 * numerator and denominator count and which population they are drawn from; a case belongs to a period by the date
 * the numerator or denominator names.
 */
public enum KpiCode {
    ACCEPTED("受理量", Population.CASES, false, "期间内受理的办件", null),
    COMPLETED("办结量", Population.CASES, false, "期间内办结的办件", null),
    ON_TIME_RATE("按时办结率", Population.CASES, true, "期间内办结且不晚于承诺办结日期的办件", "期间内办结的办件"),
    OVERDUE_OPEN("超期未办结件", Population.CASES, false, "期末（或今天，取较早者）仍未办结且已超过办结日期的办件", null),
    PROMISE_COMPRESSION("承诺时限压缩率", Population.ITEMS, true, "本单位承诺件事项的（法定时限 − 承诺时限）之和（天）",
            "同一批事项的法定时限之和（天）"),
    IMMEDIATE_SHARE("即办件比例", Population.CASES, true, "期间内受理的即办件", "期间内受理的办件"),
    ZERO_VISIT_SHARE("零跑动比例", Population.CASES, true, "期间内受理的、所办事项到现场次数为 0 的办件", "期间内受理的办件"),
    RATING_RATE("评价率", Population.CASES, true, "期间内办结且至少有一条有效评价的办件", "期间内办结的办件"),
    SATISFACTION_RATE("满意率", Population.RATINGS, true, "期间内作出的评价中“满意”和“非常满意”（不含基本满意）",
            "期间内作出的有效评价"),
    BAD_RATING_RECTIFIED_RATE("差评整改率", Population.RATINGS, true, "期间内作出的差评中整改已办结的",
            "期间内作出的差评（不满意、非常不满意）");

    /** What a figure counts: cases, ratings (with their case), or the unit's published items. */
    public enum Population { CASES, RATINGS, ITEMS }

    private final String label;
    private final Population population;
    private final boolean rate;
    private final String numeratorText;
    private final String denominatorText;

    KpiCode(String label, Population population, boolean rate, String numeratorText, String denominatorText) {
        this.label = label;
        this.population = population;
        this.rate = rate;
        this.numeratorText = numeratorText;
        this.denominatorText = denominatorText;
    }

    public String label() {
        return label;
    }

    public Population population() {
        return population;
    }

    /** A rate has a denominator; a count has none (null in the API). */
    public boolean rate() {
        return rate;
    }

    public String numeratorText() {
        return numeratorText;
    }

    public String denominatorText() {
        return denominatorText;
    }
}
