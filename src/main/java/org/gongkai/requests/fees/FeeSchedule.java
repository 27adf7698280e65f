package org.gongkai.requests.fees;

/**
 * 信息处理费 (国办函〔2020〕109号, RULES §1.2): one method per application, each excess-progressive. Amounts in
 * fen. Implemented by the fees package; the tiers are settings with the national defaults.
 */
public interface FeeSchedule {

    /** Fee for the applicant's {@code ordinalThisMonth}-th application in a calendar month (1-based). */
    long perApplicationFen(int ordinalThisMonth);

    /** Fee for one application delivering {@code pages} pages. */
    long perPageFen(int pages);
}
