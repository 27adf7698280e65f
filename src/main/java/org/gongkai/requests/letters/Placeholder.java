package org.gongkai.requests.letters;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only names a letter template may use, written {@code {{name}}}. Values are plain text: they are
 * HTML-escaped for the PDF and written as text runs into the DOCX, never evaluated. The first group is filled
 * from {@link LetterRenderer.LetterData}'s fields, {@link #DECISION_BASIS} from the decision code, the rest
 * from {@code LetterData.extra()} under the same name; {@link #YOU}, the contact, the remedies and
 * {@link #LETTER_NUMBER} from the addressee and the issuing unit.
 */
public enum Placeholder {
    UNIT_NAME("unitName", "行政机关名称"),
    APPLICANT_NAME("applicantName", "申请人姓名或名称"),
    TRACKING_NUMBER("trackingNumber", "申请编号"),
    RECEIVED_ON("receivedOn", "收到申请日期"),
    ISSUED_ON("issuedOn", "成文日期"),
    DESCRIPTION("description", "申请的政府信息内容描述"),
    DECISION_LABEL("decisionLabel", "答复类型（年报行项）"),
    DECISION_GROUP("decisionGroup", "答复类别（予以公开、不予公开等）"),
    DECISION_BASIS("decisionBasis", "答复依据的条例条款（按答复类型自动填写）"),
    REASONS("reasons", "理由或说明"),
    CORRECTION_ITEMS("correctionItems", "需要补正的事项"),
    CORRECTION_DEADLINE("correctionDeadline", "补正期限"),
    EXTENSION_DAYS("extensionDays", "延长的工作日数"),
    ORIGINAL_DUE_DATE("originalDueDate", "原答复期限"),
    NEW_DUE_DATE("newDueDate", "延长后的答复期限"),
    FEE_METHOD("feeMethod", "收费方式（按件或按量）"),
    FEE_BREAKDOWN("feeBreakdown", "收费计算明细"),
    AMOUNT_YUAN("amountYuan", "应缴金额（元）"),
    PAYMENT_DEADLINE("paymentDeadline", "缴费截止日期"),
    PAYMENT_INSTRUCTIONS("paymentInstructions", "缴费方式"),
    CONSULTEE("consultee", "被征求意见的第三方或机关"),
    CONSULTATION_DEADLINE("consultationDeadline", "提出意见的截止日期"),
    CONTACT("contact", "联系人及联系电话（旧模板用）"),
    YOU("you", "对申请人的称呼：自然人为“您”，法人或其他组织为“贵单位”"),
    CONTACT_PERSON("contactPerson", "本机关联系人"),
    CONTACT_PHONE("contactPhone", "本机关联系电话"),
    CONTACT_ADDRESS("contactAddress", "本机关通信地址"),
    RECONSIDERATION_BODY("reconsiderationBody", "行政复议机关"),
    COURT("court", "行政诉讼管辖人民法院"),
    LETTER_NUMBER("letterNumber", "文号（本机关设置了文号代字时）");

    private final String key;
    private final String label;

    Placeholder(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name written in a template between {{ and }}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
