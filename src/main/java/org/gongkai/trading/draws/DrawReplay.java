package org.gongkai.trading.draws;

import java.util.List;

/**
 * A stored draw replayed step by step for the pages that show a replay (the portal's public record, the supervisor's
 * console): the seed's SM3 against the commitment, the pool's SM3 against the pool digest, the selection recomputed by
 * SM3-FY-1, and the verdict of {@link DrawVerifier} over the whole record — the same check as the public verify
 * endpoint. Pure.
 *
 * @param commitmentMatches SM3(seed) is the recorded commitment
 * @param poolDigestMatches SM3 of the pool ids joined by {@code ,} is the recorded pool digest
 * @param replayed          the selection SM3-FY-1 gives for the pool and the seed (empty when it cannot run)
 * @param reproduced        {@link DrawVerifier#reproduces} over the record
 */
public record DrawReplay(boolean commitmentMatches, boolean poolDigestMatches, List<String> replayed,
        boolean reproduced) {

    public static DrawReplay of(DrawRecord d) {
        byte[] seed = DrawAlgorithm.parseSeed(d.seedHex());
        boolean commitment = seed != null && DrawAlgorithm.commitment(seed).equals(d.commitment());
        boolean digest = DrawAlgorithm.poolDigest(d.pool()).equals(d.poolDigest());
        List<String> replayed = seed == null || d.selected().size() > d.pool().size() ? List.of()
                : DrawAlgorithm.select(d.pool(), d.selected().size(), seed);
        boolean reproduced = DrawVerifier.reproduces(new DrawVerifier.Claim(d.algorithm(), d.seedHex(),
                d.commitment(), d.poolDigest(), d.pool(), d.exclusions().stream().map(Eligibility.Exclusion::expertId)
                        .toList(), d.selected()));
        return new DrawReplay(commitment, digest, replayed, reproduced);
    }
}
