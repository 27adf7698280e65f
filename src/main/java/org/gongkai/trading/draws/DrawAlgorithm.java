package org.gongkai.trading.draws;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;
import org.gongkai.common.Sm3;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The expert draw "SM3-FY-1" (issue #14, exactly as specified so that auditors can reimplement it): the pool is
 * sorted by expert id in Unicode code point order; {@code commitment} = SM3(seed), {@code poolDigest} = SM3 of the
 * ids joined by {@code ,}; the selection is a partial Fisher–Yates shuffle driven by the stream
 * {@code x_i} = first 8 bytes (unsigned big-endian) of SM3(seed ‖ i as 4 bytes big-endian), rejecting any
 * {@code x ≥ 2^64 − (2^64 mod m)} so that every position is equally likely. Pure: no clock, no randomness.
 */
public final class DrawAlgorithm {

    public static final String NAME = "SM3-FY-1";
    public static final int SEED_BYTES = 32;

    /** Code point order (String.compareTo orders UTF-16 units, which differs above U+FFFF). */
    public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private DrawAlgorithm() {}

    /** The pool in the algorithm's order. */
    public static List<String> sortedPool(List<String> expertIds) {
        List<String> pool = new ArrayList<>(expertIds);
        pool.sort(CODE_POINT_ORDER);
        return pool;
    }

    public static String commitment(byte[] seed) {
        return Sm3.hex(seed);
    }

    public static String poolDigest(List<String> sortedPool) {
        return Sm3.hex(String.join(",", sortedPool).getBytes(StandardCharsets.UTF_8));
    }

    /** Selects {@code k} of the sorted pool with the stream of the seed. */
    public static List<String> select(List<String> sortedPool, int k, byte[] seed) {
        return select(sortedPool, k, stream(seed));
    }

    /**
     * Selects {@code k} of the sorted pool with any stream of unsigned 64-bit values (the seed's in production; a
     * fixed one in tests of the rejection branch).
     */
    public static List<String> select(List<String> sortedPool, int k, LongSupplier stream) {
        int n = sortedPool.size();
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot select " + k + " of " + n);
        }
        List<String> p = new ArrayList<>(sortedPool);
        for (int j = 0; j < k; j++) {
            long m = n - j;
            long x = next(stream, m);
            int r = (int) Long.remainderUnsigned(x, m);
            String t = p.get(j);
            p.set(j, p.get(j + r));
            p.set(j + r, t);
        }
        return List.copyOf(p.subList(0, k));
    }

    /** The next value of the stream below {@code 2^64 − (2^64 mod m)}, consuming the rejected ones. */
    private static long next(LongSupplier stream, long m) {
        // 2^64 mod m, computed as ((2^64 − 1) mod m + 1) mod m in unsigned arithmetic.
        long excess = (Long.remainderUnsigned(-1L, m) + 1) % m;
        while (true) {
            long x = stream.getAsLong();
            if (excess == 0 || Long.compareUnsigned(x, -excess) < 0) {
                return x;
            }
        }
    }

    /** The seed's stream: x_i = first 8 bytes of SM3(seed ‖ i), i = 0, 1, 2, … */
    public static LongSupplier stream(byte[] seed) {
        byte[] s = seed.clone();
        return new LongSupplier() {
            private int i;

            @Override
            public long getAsLong() {
                SM3Digest digest = new SM3Digest();
                digest.update(s, 0, s.length);
                byte[] counter = ByteBuffer.allocate(4).putInt(i++).array();
                digest.update(counter, 0, 4);
                byte[] out = new byte[digest.getDigestSize()];
                digest.doFinal(out, 0);
                return ByteBuffer.wrap(out, 0, 8).getLong();
            }
        };
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The seed from its record: exactly 64 lowercase hex digits, else {@code null}. */
    public static byte[] parseSeed(String hex) {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            return null;
        }
        return HexFormat.of().parseHex(hex);
    }
}
