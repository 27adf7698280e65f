package org.gongkai.trading.draws;

import java.time.Instant;
import java.util.List;

/** A stored draw with everything needed to replay it ({@code seedHex} decrypted), and its declines. */
public record DrawRecord(long pk, String drawId, long projectId, String specialty, int count, int committeeSize,
        boolean replacement, String algorithm, String seedHex, String commitment, String poolDigest, List<String> pool,
        List<Eligibility.Exclusion> exclusions, List<String> selected, Instant drawnAt, List<Decline> declines) {

    public record Decline(String expertId, String reason, Instant at) {}
}
