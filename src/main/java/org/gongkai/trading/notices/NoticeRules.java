package org.gongkai.trading.notices;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.ProjectType;

/**
 * The order of a project's notices and the candidates' objection period (decision in docs/decisions, "trading notices
 * ride on the catalogue"). Withdrawn notices do not count. Pure: today and the project's notices are passed in.
 * <ul>
 * <li>Every notice but the announcement needs the project's announcement published first.</li>
 * <li>A candidates' publicity carries its objection period (start not before today and within 60 days, at least
 *     {@code minDays} days, at most 30); no other kind carries one.</li>
 * <li>A result needs, when the project has a candidates' publicity, that publicity published and its objection period
 *     (in effect, {@link ObjectionPeriod#effective}) ended before today; for works (建设工程, 招标投标法实施条例 Art. 54)
 *     the publicity is required. One result per project; no candidates' publicity after a result.</li>
 * <li>A contract needs the result published.</li>
 * </ul>
 */
final class NoticeRules {

    static final int OBJECTION_MAX_DAYS = 30;
    static final int OBJECTION_START_WITHIN_DAYS = 60;

    private NoticeRules() {}

    static void check(NoticeKind kind, ProjectType type, List<Notice> existing, LocalDate today, int minDays,
            LocalDate objectionStart, LocalDate objectionEnd) {
        List<Notice> live = existing.stream().filter(n -> !n.withdrawn()).toList();
        if (kind == NoticeKind.CANDIDATES) {
            period(objectionStart, objectionEnd, today, minDays);
        } else if (objectionStart != null || objectionEnd != null) {
            throw GongkaiException.invalid(objectionStart != null ? "objectionStart" : "objectionEnd",
                    "只有中标候选人公示填写异议期");
        }
        if (kind != NoticeKind.ANNOUNCEMENT && live.stream().noneMatch(n -> n.kind() == NoticeKind.ANNOUNCEMENT
                && n.isPublic())) {
            throw outOfOrder("请先发布" + NoticeKind.ANNOUNCEMENT.labelFor(type) + "，再撰写" + kind.labelFor(type));
        }
        boolean hasResult = live.stream().anyMatch(n -> n.kind() == NoticeKind.RESULT);
        switch (kind) {
            case CANDIDATES -> {
                if (hasResult) {
                    throw outOfOrder("该项目已有结果公告，不能再公示中标候选人");
                }
            }
            case RESULT -> result(type, live, hasResult, today, minDays);
            case CONTRACT -> {
                if (live.stream().noneMatch(n -> n.kind() == NoticeKind.RESULT && n.isPublic())) {
                    throw outOfOrder("请先发布" + NoticeKind.RESULT.labelFor(type) + "，再撰写合同公示");
                }
            }
            default -> { }
        }
    }

    private static void result(ProjectType type, List<Notice> live, boolean hasResult, LocalDate today, int minDays) {
        if (hasResult) {
            throw outOfOrder("该项目已有结果公告；如需更正，请撰写" + NoticeKind.CLARIFICATION.labelFor(type));
        }
        List<Notice> candidates = live.stream().filter(n -> n.kind() == NoticeKind.CANDIDATES).toList();
        if (candidates.isEmpty()) {
            if (type == ProjectType.WORKS) {
                throw outOfOrder("建设工程项目应先公示中标候选人，异议期结束后再发布中标结果公告");
            }
            return;
        }
        for (Notice c : candidates) {
            if (!c.isPublic()) {
                throw outOfOrder("中标候选人公示尚未发布，异议期结束后才能撰写结果公告");
            }
            ObjectionPeriod in = c.effectiveObjection(minDays);
            if (!today.isAfter(in.end())) {
                throw new GongkaiException(ErrorCode.OBJECTION_PERIOD_OPEN, "中标候选人公示的异议期至 " + in.end()
                        + " 结束，" + in.end().plusDays(1) + " 起才能撰写结果公告", "kind");
            }
        }
    }

    private static void period(LocalDate start, LocalDate end, LocalDate today, int minDays) {
        if (start == null) {
            throw GongkaiException.invalid("objectionStart", "请填写异议期开始日期");
        }
        if (end == null) {
            throw GongkaiException.invalid("objectionEnd", "请填写异议期结束日期");
        }
        if (start.isBefore(today) || start.isAfter(today.plusDays(OBJECTION_START_WITHIN_DAYS))) {
            throw GongkaiException.invalid("objectionStart", "异议期开始日期应在今天至 "
                    + OBJECTION_START_WITHIN_DAYS + " 天内");
        }
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        if (days < minDays || days > OBJECTION_MAX_DAYS) {
            throw GongkaiException.invalid("objectionEnd", "异议期应为 " + minDays + " 至 " + OBJECTION_MAX_DAYS
                    + " 天（含首尾两天）");
        }
    }

    private static GongkaiException outOfOrder(String message) {
        return new GongkaiException(ErrorCode.NOTICE_OUT_OF_ORDER, message, "kind");
    }
}
