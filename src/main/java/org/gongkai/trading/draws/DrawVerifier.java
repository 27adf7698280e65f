package org.gongkai.trading.draws;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replays a published draw record (issue #14, step 7): the seed's SM3 is the commitment, the pool is in code point
 * order without repeats and its digest matches, no excluded id is in the pool, and SM3-FY-1 over the pool with the
 * seed selects exactly the recorded experts in their order. Anything else, malformed parts included, does not
 * reproduce. Pure; bounded (a committee is at most {@link #MAX_SELECTED}).
 */
public final class DrawVerifier {

    public static final int MAX_POOL = 100_000;
    public static final int MAX_SELECTED = 99;

    /** The parts of a record that the replay reads. */
    public record Claim(String algorithm, String seed, String commitment, String poolDigest, List<String> pool,
            List<String> excludedIds, List<String> selected) {}

    private DrawVerifier() {}

    public static boolean reproduces(Claim c) {
        if (c == null || !DrawAlgorithm.NAME.equals(c.algorithm()) || c.pool() == null || c.selected() == null
                || c.pool().size() > MAX_POOL || c.selected().isEmpty() || c.selected().size() > MAX_SELECTED
                || c.selected().size() > c.pool().size()) {
            return false;
        }
        byte[] seed = DrawAlgorithm.parseSeed(c.seed());
        if (seed == null || !DrawAlgorithm.commitment(seed).equals(c.commitment())) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (String id : c.pool()) {
            if (id == null || !id.matches("[A-Za-z0-9-]{1,40}") || !ids.add(id)) {
                return false;
            }
        }
        if (!DrawAlgorithm.sortedPool(c.pool()).equals(c.pool())
                || !DrawAlgorithm.poolDigest(c.pool()).equals(c.poolDigest())) {
            return false;
        }
        if (c.excludedIds() != null && c.excludedIds().stream().anyMatch(ids::contains)) {
            return false;
        }
        return DrawAlgorithm.select(c.pool(), c.selected().size(), seed).equals(c.selected());
    }
}
