package org.gongkai.audit;

/**
 * The result of walking the chain: intact, or the first record that does not fit and why.
 *
 * @param checked        records examined
 * @param firstBrokenSeq null when intact
 * @param reason         Chinese explanation, null when intact
 */
public record Verification(boolean intact, long checked, Long firstBrokenSeq, String reason)
        implements java.io.Serializable {

    static Verification intact(long checked) {
        return new Verification(true, checked, null, null);
    }

    static Verification broken(long checked, long seq, String reason) {
        return new Verification(false, checked, seq, reason);
    }
}
