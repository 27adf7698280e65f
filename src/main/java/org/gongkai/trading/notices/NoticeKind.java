package org.gongkai.trading.notices;

import org.gongkai.trading.ProjectType;

/**
 * The kinds of a trading project's notices (issue #14), in their order on the project's timeline: the announcement,
 * clarifications or changes, the candidates' publicity with its objection period, the result and the contract.
 */
public enum NoticeKind {
    ANNOUNCEMENT("招标（出让）公告", "公告"),
    CLARIFICATION("澄清（变更）公告", "公告"),
    CANDIDATES("中标候选人公示", "公示"),
    RESULT("结果公告", "公告"),
    CONTRACT("合同公示", "公示");

    private final String label;
    private final String genre;

    NoticeKind(String label, String genre) {
        this.label = label;
        this.genre = genre;
    }

    /** The generic name (filters, the API's documentation). */
    public String label() {
        return label;
    }

    /** The catalogue's 体裁 of the document (公告 or 公示). */
    public String genre() {
        return genre;
    }

    /** The name a notice of this kind carries for a project of {@code type}, e.g. 出让公告 for land. */
    public String labelFor(ProjectType type) {
        return switch (this) {
            case ANNOUNCEMENT -> switch (type) {
                case WORKS -> "招标公告";
                case PROCUREMENT -> "采购公告";
                case LAND_MINING -> "出让公告";
                case STATE_ASSETS -> "转让公告";
            };
            case CLARIFICATION -> type == ProjectType.WORKS || type == ProjectType.PROCUREMENT ? "澄清（变更）公告"
                    : "变更公告";
            case CANDIDATES -> type == ProjectType.WORKS ? "中标候选人公示" : "中标（成交）候选人公示";
            case RESULT -> switch (type) {
                case WORKS -> "中标结果公告";
                case PROCUREMENT -> "中标（成交）结果公告";
                default -> "成交结果公告";
            };
            case CONTRACT -> "合同公示";
        };
    }
}
