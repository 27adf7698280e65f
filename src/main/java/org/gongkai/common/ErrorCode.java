package org.gongkai.common;

import org.springframework.http.HttpStatus;

/**
 * The one catalogue of stable error codes. The API puts {@link #name()} in the {@code code} member of
 * RFC 9457 problem JSON; pages show {@link #message()}. Never rename a code: clients depend on it.
 */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改"),
    INVALID_DATE(HttpStatus.BAD_REQUEST, "日期格式不正确，应为 YYYY-MM-DD"),
    OUT_OF_RANGE(HttpStatus.BAD_REQUEST, "数值超出允许范围"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "请求格式不正确"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "请先登录"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "没有权限执行此操作"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "未找到请求的内容"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方式"),
    CONFLICT(HttpStatus.CONFLICT, "数据已被修改或存在冲突，请刷新后重试"),
    TRANSITION_NOT_ALLOWED(HttpStatus.CONFLICT, "当前状态下不能执行此操作"),
    DUPLICATE(HttpStatus.CONFLICT, "记录已存在"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁，请稍后再试"),
    ROLE_CONFLICT(HttpStatus.CONFLICT, "系统管理员、安全管理员、审计管理员三个角色不能由同一人兼任"),
    PASSWORD_POLICY(HttpStatus.BAD_REQUEST, "密码不符合安全要求"),
    IMPORT_FAILED(HttpStatus.UNPROCESSABLE_CONTENT, "导入失败，所有行均未写入"),
    // forms: bounds on every input (#8 class 3)
    TOO_LONG(HttpStatus.BAD_REQUEST, "内容超过允许的长度"),
    INVALID_CHARACTERS(HttpStatus.BAD_REQUEST, "内容包含无效字符（不是有效的 UTF-8 文本，或含有控制字符）"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "提交的内容过大"),
    // catreports (#9): catalogue and reports refusals instead of the generic CONFLICT
    VERSION_CONFLICT(HttpStatus.CONFLICT, "数据已被他人修改，请刷新后重试"),
    FINDINGS_OPEN(HttpStatus.CONFLICT, "还有个人信息或密级标识未处理"),
    DOCUMENT_NOT_EDITABLE(HttpStatus.CONFLICT, "只有草稿可以修改"),
    DOCUMENT_NOT_PUBLIC(HttpStatus.CONFLICT, "只有已公开的文件可以执行此操作"),
    DOCUMENT_ALREADY_REPEALED(HttpStatus.CONFLICT, "该文件已废止"),
    FINDING_ALREADY_RESOLVED(HttpStatus.CONFLICT, "该项已处理"),
    ATTACHMENTS_UNAVAILABLE(HttpStatus.CONFLICT, "附件存储尚未配置"),
    REPORT_NOT_EDITABLE(HttpStatus.CONFLICT, "年度报告已报送，不能再修改"),
    REPORT_NOT_SUBMITTED(HttpStatus.CONFLICT, "年度报告尚未报送"),
    REPORT_ALREADY_PUBLISHED(HttpStatus.CONFLICT, "年度报告已公开，不能再变更"),
    // p10reports (#10): submit and publish refused while a narrative placeholder is unfilled or the year runs
    REPORT_NOT_READY(HttpStatus.CONFLICT, "年度报告尚不能报送或公开：仍有未填写的内容，或报告年度尚未结束"),
    // importer
    DOCUMENT_NUMBER_TAKEN(HttpStatus.CONFLICT, "该发文字号已被本单位的另一份文件使用"),
    // requests (helper requests, #9): refusals of the request lifecycle and its statutory clock
    ALREADY_DECIDED(HttpStatus.CONFLICT, "申请已作出答复，不能再执行此操作"),
    NOT_YET_DECIDED(HttpStatus.CONFLICT, "申请尚未作出答复，不能执行此操作"),
    RECEIPT_NOT_CONFIRMED(HttpStatus.CONFLICT, "尚未确认收到申请，请先受理"),
    CORRECTION_ALREADY_REQUESTED(HttpStatus.CONFLICT, "补正通知只能发出一次"),
    NO_CORRECTION_AWAITED(HttpStatus.CONFLICT, "没有待补正的通知"),
    NO_CONSULTATION_OPEN(HttpStatus.CONFLICT, "没有进行中的征求意见"),
    EXTENSION_ALREADY_USED(HttpStatus.CONFLICT, "答复期限只能延长一次"),
    FEE_NOTICE_ALREADY_SENT(HttpStatus.CONFLICT, "收费通知只能发出一次"),
    NO_PAYMENT_AWAITED(HttpStatus.CONFLICT, "没有待缴的费用"),
    CLOCK_PAUSED(HttpStatus.CONFLICT, "期限暂停期间不能执行此操作"),
    CLOCK_RULE_VIOLATED(HttpStatus.CONFLICT, "不符合《政府信息公开条例》的期限规则"),
    ALREADY_DELIVERED(HttpStatus.CONFLICT, "答复已送达"),
    NOT_DELIVERED(HttpStatus.CONFLICT, "答复送达后才能归档"),
    NO_PENDING_REVIEW(HttpStatus.CONFLICT, "没有尚未审结的行政复议或行政诉讼"),
    DATE_IN_FUTURE(HttpStatus.BAD_REQUEST, "日期不能晚于今天"),
    DATE_BEFORE_PREVIOUS_EVENT(HttpStatus.CONFLICT, "日期不能早于上一办理事项的日期"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT, "该幂等键已用于另一份内容"),
    FEE_SCHEDULE_NOT_CONFIGURED(HttpStatus.CONFLICT, "收费标准尚未配置"),
    // services cases (p11cases, #11): a case ledger the promised-limit clock cannot count
    CASE_LEDGER_INVALID(HttpStatus.CONFLICT, "办理事项不符合办件计时规则"),
    // p10reg (#10): turning an answer into a 主动公开 draft (条例 Art. 44)
    NOT_DISCLOSED(HttpStatus.CONFLICT, "只有予以公开或部分公开的答复可以转为主动公开"),
    ALREADY_PROMOTED(HttpStatus.CONFLICT, "该答复已转为主动公开文件草稿"),
    // services ratings (p11kpis, #11): 好差评 and the rectification of bad ratings
    RATING_NOT_OPEN(HttpStatus.CONFLICT, "办件受理（或不予受理）后才能评价"),
    ALREADY_RATED(HttpStatus.CONFLICT, "该办件已通过此渠道评价过，每个渠道只能评价一次"),
    APPEAL_SELF_DECISION(HttpStatus.CONFLICT, "申诉须由提出申诉以外的督查人员或中心主任审核"),
    // p13backup (#13): the full export and its import into an empty instance (nothing is written when refused)
    ARCHIVE_BUSY(HttpStatus.CONFLICT, "另一个完整导出正在进行，请稍后再试"),
    ARCHIVE_NOT_EMPTY(HttpStatus.CONFLICT, "只能导入到没有数据的新实例，本实例已有数据，未写入任何内容"),
    ARCHIVE_SCHEMA_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "导出包的数据结构版本与本实例不一致，未写入任何内容"),
    ARCHIVE_CHECKSUM_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "导出包的校验值不符（文件已损坏或被改动），未写入任何内容"),
    ARCHIVE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "导出包超过大小、条目数或压缩比上限，未写入任何内容"),
    ARCHIVE_BAD_ENTRY(HttpStatus.UNPROCESSABLE_CONTENT, "导出包含有不允许的条目名称，未写入任何内容"),
    ARCHIVE_MALFORMED(HttpStatus.UNPROCESSABLE_CONTENT, "导出包格式不正确，未写入任何内容"),
    // hotline (#12): refusals of the 12345 ticket loop beyond the lifecycle table
    HOTLINE_EXTENSION_PENDING(HttpStatus.CONFLICT, "已有待中心审批的延期申请"),
    HOTLINE_NO_EXTENSION_REQUESTED(HttpStatus.CONFLICT, "承办单位没有申请延期"),
    HOTLINE_EXTENSION_TOO_LONG(HttpStatus.BAD_REQUEST, "延期天数超过允许的上限"),
    HOTLINE_CENTRE_ANSWERS_CONSULTATIONS_ONLY(HttpStatus.CONFLICT, "中心只能直接答复咨询类工单"),
    HOTLINE_NOT_UNSATISFIED(HttpStatus.CONFLICT, "回访结果为满意且已解决，不能重新办理"),
    HOTLINE_REOPEN_LIMIT(HttpStatus.CONFLICT, "重新办理次数已达上限"),
    HOTLINE_MERGE_TARGET(HttpStatus.CONFLICT, "只能合并到另一张未办结的工单"),
    HOTLINE_UNKNOWN_CATEGORY(HttpStatus.BAD_REQUEST, "诉求类别不正确"),
    HOTLINE_PART_ALREADY_GIVEN(HttpStatus.CONFLICT, "本单位已提交协办意见"),
    HOTLINE_CO_UNIT_PARTS_MISSING(HttpStatus.CONFLICT, "还有协办单位未提交协办意见"),
    // services desk (p11desk, #11): materials check and parallel opinions
    MATERIAL_NOT_OF_ITEM(HttpStatus.BAD_REQUEST, "所勾选的材料不属于该事项的材料清单"),
    OPINION_ALREADY_ANSWERED(HttpStatus.CONFLICT, "该征求意见已经答复"),
    OPINION_UNIT_INVALID(HttpStatus.CONFLICT, "不能向承办单位自身征求意见"),
    // services desk gaps (svc-e2e, #11): where an item is offered, and no acceptance while materials are missing
    ITEM_NOT_OFFERED_HERE(HttpStatus.UNPROCESSABLE_CONTENT, "该事项不在此服务中心（站）受理"),
    MATERIALS_MISSING(HttpStatus.CONFLICT, "申请材料不齐全，不能受理：请出具一次性告知书，材料补齐并重新核验后再受理"),
    // trading (#14): the expert draw's refusals (codes named by the issue: COMMITTEE_SIZE, POOL_TOO_SMALL)
    COMMITTEE_SIZE(HttpStatus.BAD_REQUEST, "评标委员会人数或专家人数不符合规定"),
    POOL_TOO_SMALL(HttpStatus.CONFLICT, "符合条件的专家不足，未抽取任何专家"),
    DRAW_TOO_EARLY(HttpStatus.CONFLICT, "评标前2个工作日内才能抽取专家"),
    DRAW_NEEDS_EVALUATION_TIME(HttpStatus.CONFLICT, "项目尚未确定评标时间，不能抽取专家"),
    EVALUATION_ALREADY_STARTED(HttpStatus.CONFLICT, "评标已经开始"),
    NOTHING_TO_START(HttpStatus.CONFLICT, "项目还没有抽取专家，不能开始评标"),
    // trading notices (tradnotices, #14): the order of a project's notices and the candidates' objection period
    NOTICE_OUT_OF_ORDER(HttpStatus.CONFLICT, "公告的先后顺序不符合规定"),
    OBJECTION_PERIOD_OPEN(HttpStatus.CONFLICT, "中标候选人公示的异议期尚未结束，不能发布结果公告"),
    // services items (items-edit, #11): the review of an item's versions
    ITEM_OWN_VERSION(HttpStatus.CONFLICT, "不能审核自己保存的版本，请由另一位政务服务中心主任审核"),
    ITEM_CONTENT_INVALID(HttpStatus.BAD_REQUEST, "办事指南的内容有误，请按提示修改"),
    // supervision tasks (suptask, #15): refusals of the task loop beyond the lifecycle table
    SUPERVISION_REPORTS_MISSING(HttpStatus.CONFLICT, "还有承办单位未报送本轮整改情况，不能验收"),
    SUPERVISION_FINDING_NOT_OPEN(HttpStatus.CONFLICT, "该问题已转为督办任务或已处理"),
    // supervision submissions, evaluation and briefing meeting (supsub, #15)
    SUBMISSION_UNKNOWN_PUBLICATION(HttpStatus.BAD_REQUEST, "没有这个刊物，请从列表中选择"),
    SUBMISSION_ALREADY_ADOPTED(HttpStatus.CONFLICT, "该信息已记录过此刊物的采用"),
    MEETING_DEADLINE_PASSED(HttpStatus.CONFLICT, "碰头会材料的报送截止时间已过"),
    // supervision indicators (supind, #15): the month asked for
    INVALID_PERIOD(HttpStatus.BAD_REQUEST, "统计月份不正确，应为 YYYY-MM，2000-01 至本月"),
    // gazette (#16): what an issue of the government gazette may carry
    GAZETTE_NOT_ELIGIBLE(HttpStatus.CONFLICT, "该文件不在政府公报的收录范围内"),
    GAZETTE_ISSUE_EMPTY(HttpStatus.CONFLICT, "本期公报还没有收录文件"),
    // interpretation parts (interp, #16): questions and answers, images and videos of a policy interpretation
    NOT_AN_INTERPRETATION(HttpStatus.CONFLICT, "只有政策解读（填写了“解读的文件编号”的文件）可以添加问答、图解和视频"),
    INTERPRETATION_PARTS_FULL(HttpStatus.CONFLICT, "一篇解读最多可以有50个问答、图解和视频"),
    // consultations (consult, #16): public consultations on drafts and their feedback reports
    CONSULTATION_CLOSED(HttpStatus.CONFLICT, "征求意见已截止或尚未开始，不能提交意见"),
    CONSULTATION_PERIOD_TOO_SHORT(HttpStatus.BAD_REQUEST, "征求意见期限短于规定的最短期限，请填写缩短期限的理由"),
    CONSULTATION_FEEDBACK_INCOMPLETE(HttpStatus.CONFLICT, "还有意见未审核或未记录采纳情况，不能生成反馈报告"),
    CONSULTATION_FEEDBACK_NOT_APPROVED(HttpStatus.CONFLICT, "反馈报告尚未审核，不能公布"),
    CONSULTATION_FEEDBACK_NOT_PUBLISHED(HttpStatus.CONFLICT, "意见采纳情况反馈尚未公布"),
    // supervision monthly bulletin (supbul, #15): one bulletin per month
    BULLETIN_PERIOD_EXISTS(HttpStatus.CONFLICT, "该月份的通报已经生成"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "系统繁忙，请稍后再试");

    private final HttpStatus status;
    private final String message;

    ErrorCode(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    public HttpStatus status() {
        return status;
    }

    /** Default Chinese message for users. */
    public String message() {
        return message;
    }
}
