package org.gongkai.trading.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.trading.ProjectType;

/** The checks of a project's fields, each refusal at its JSON field with a Chinese message. */
final class ProjectChecks {

    static final int CODE_MAX = 60;
    static final int TITLE_MAX = 300;
    static final int BIDDERS_MAX = 500;
    /** 10^15 fen = 10 万亿元: far above any county project, far below overflow of sums. */
    static final long AMOUNT_MAX = 1_000_000_000_000_000L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ProjectChecks() {}

    /** The type of a valid input; refuses the first field at fault. */
    static ProjectType check(ProjectInput in, Instant now) {
        String code = in.projectCode();
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0," + (CODE_MAX - 1) + "}")) {
            throw GongkaiException.invalid("projectCode", "项目编号应为 1 至 60 个字母、数字、点、下划线或连字符");
        }
        ProjectType type;
        try {
            type = ProjectType.valueOf(in.type() == null ? "" : in.type().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("type", "项目类型应为 WORKS、PROCUREMENT、LAND_MINING 或 STATE_ASSETS");
        }
        if (in.title() == null || in.title().isBlank() || in.title().length() > TITLE_MAX) {
            throw GongkaiException.invalid("title", "请填写项目名称（不超过 300 字）");
        }
        creditCode(in.buyerCode(), "buyerCode", true);
        creditCode(in.supervisorCode(), "supervisorCode", true);
        creditCode(in.agencyCode(), "agencyCode", false);
        amount(in.budgetFen(), "budgetFen", true);
        amount(in.ceilingFen(), "ceilingFen", false);
        amount(in.reserveFen(), "reserveFen", !type.reportsSavings() && in.dealFen() != null);
        amount(in.dealFen(), "dealFen", false);
        List<String> bidders = in.bidderCodes() == null ? List.of() : in.bidderCodes();
        if (bidders.size() > BIDDERS_MAX) {
            throw GongkaiException.invalid("bidderCodes", "投标人（竞买人）不能超过 500 个");
        }
        Set<String> seen = new HashSet<>();
        for (String b : bidders) {
            creditCode(b, "bidderCodes", true);
            if (!seen.add(b)) {
                throw GongkaiException.invalid("bidderCodes", "投标人重复：" + b);
            }
        }
        creditCode(in.winnerCode(), "winnerCode", false);
        if (in.winnerCode() != null && !bidders.isEmpty() && !seen.contains(in.winnerCode())) {
            throw GongkaiException.invalid("winnerCode", "中标（成交）人应为投标人之一");
        }
        if (in.evaluationAt() != null && (in.evaluationAt().isBefore(EARLIEST.atStartOfDay(ZONE).toInstant())
                || in.evaluationAt().isAfter(now.atZone(ZONE).plusYears(5).toInstant()))) {
            throw GongkaiException.invalid("evaluationAt", "评标时间应在 2000 年以后、五年以内");
        }
        if ((in.dealFen() == null) != (in.dealOn() == null)) {
            throw GongkaiException.invalid(in.dealOn() == null ? "dealOn" : "dealFen", "成交金额和成交日期应同时填写");
        }
        if (in.dealOn() != null && (in.dealOn().isBefore(EARLIEST) || in.dealOn().isAfter(now.atZone(ZONE)
                .toLocalDate()))) {
            throw GongkaiException.invalid("dealOn", "成交日期应在 2000 年以后，且不能晚于今天");
        }
        return type;
    }

    private static void creditCode(String code, String field, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw GongkaiException.invalid(field, "请填写统一社会信用代码");
            }
            return;
        }
        CreditCodes.problem(code).ifPresent(p -> {
            throw GongkaiException.invalid(field, p);
        });
    }

    private static void amount(Long fen, String field, boolean required) {
        if (fen == null) {
            if (required) {
                throw GongkaiException.invalid(field, "请填写金额（分）");
            }
            return;
        }
        if (fen < 0 || fen > AMOUNT_MAX) {
            throw GongkaiException.invalid(field, "金额应为 0 至 10 万亿元之间的整数分");
        }
    }
}
