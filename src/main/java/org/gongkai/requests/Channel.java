package org.gongkai.requests;

/** How an application arrived, with the receipt-date rule of 《条例》第三十一条 for that channel (RULES §1). */
public enum Channel {
    ONLINE("网上申请", "网上提交，以双方确认之日为收到申请之日"),
    LETTER("信函申请", "邮寄申请，以签收之日为收到申请之日；平常信函以与申请人确认之日为收到申请之日"),
    IN_PERSON("当面申请", "当面提交，以提交之日为收到申请之日"),
    FAX("传真申请", "传真提交，以双方确认之日为收到申请之日"),
    EMAIL("电子邮件申请", "电子邮件提交，以双方确认之日为收到申请之日");

    private final String label;
    private final String receiptRule;

    Channel(String label, String receiptRule) {
        this.label = label;
        this.receiptRule = receiptRule;
    }

    public String label() {
        return label;
    }

    public String receiptRule() {
        return receiptRule;
    }
}
