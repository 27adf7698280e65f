package org.gongkai.trading.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

/**
 * The draw "SM3-FY-1" checked against a second implementation written here from the text (BigInteger
 * arithmetic, SM3 through the JCA provider rather than the digest class the product uses), a fixed stream that hits
 * the rejection branch, and a chi-square test over many seeds showing every pool member equally likely.
 */
class DrawAlgorithmTest {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The independent implementation: straight from the steps 3 and 4. */
    static final class Replay {
        static byte[] sm3(byte[]... parts) {
            try {
                MessageDigest md = MessageDigest.getInstance("SM3", BC);
                for (byte[] p : parts) {
                    md.update(p);
                }
                return md.digest();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        static BigInteger x(byte[] seed, int i) {
            byte[] counter = {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i};
            return new BigInteger(1, Arrays.copyOf(sm3(seed, counter), 8));
        }

        static List<String> select(List<String> ids, int k, byte[] seed) {
            List<String> p = new ArrayList<>(ids);
            p.sort((a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
            int i = 0;
            for (int j = 0; j < k; j++) {
                BigInteger m = BigInteger.valueOf(p.size() - j);
                BigInteger limit = TWO_64.subtract(TWO_64.mod(m));
                BigInteger x = x(seed, i++);
                while (x.compareTo(limit) >= 0) {
                    x = x(seed, i++);
                }
                int r = x.mod(m).intValueExact();
                String t = p.get(j);
                p.set(j, p.get(j + r));
                p.set(j + r, t);
            }
            return p.subList(0, k);
        }
    }

    @Test
    void sm3IsTheStandardDigest() {
        // GB/T 32905-2016, example 1: SM3("abc").
        assertThat(DrawAlgorithm.commitment("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void drawsReplayWithTheIndependentImplementation() {
        List<String> ids = IntStream.range(0, 41).mapToObj(i -> "ZJ-" + (1000 + i * 37 % 997)).toList();
        for (int s = 0; s < 200; s++) {
            byte[] seed = seed(s);
            List<String> sorted = DrawAlgorithm.sortedPool(ids);
            for (int k : new int[] {1, 5, 7, 41}) {
                assertThat(DrawAlgorithm.select(sorted, k, seed)).as("seed %d, k %d", s, k)
                        .isEqualTo(Replay.select(ids, k, seed));
            }
        }
    }

    @Test
    void poolIsOrderedByCodePointsAndDigestedJoinedByCommas() {
        // U+FF21 (Ａ) sorts before U+1D400 (𝐀) by code point although its UTF-16 unit is larger than the surrogate.
        List<String> sorted = DrawAlgorithm.sortedPool(List.of("\uD835\uDC00", "b-2", "\uFF21", "B-1", "a"));
        assertThat(sorted).containsExactly("B-1", "a", "b-2", "\uFF21", "\uD835\uDC00");
        assertThat(DrawAlgorithm.poolDigest(List.of("A-1", "A-2")))
                .isEqualTo(HexFormat.of().formatHex(Replay.sm3("A-1,A-2".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void streamValuesAreTheFirstEightBytesOfTheCountedDigest() {
        byte[] seed = seed(7);
        LongSupplier stream = DrawAlgorithm.stream(seed);
        for (int i = 0; i < 5; i++) {
            assertThat(BigInteger.valueOf(stream.getAsLong()).mod(TWO_64)).isEqualTo(Replay.x(seed, i));
        }
    }

    @Test
    void valuesAtOrAboveTheLimitAreSkippedAndConsumed() {
        // n = 6: 2^64 mod 6 = 4, so the limit is 2^64 − 4 and the four largest values are rejected.
        assertThat(TWO_64.mod(BigInteger.valueOf(6))).isEqualTo(BigInteger.valueOf(4));
        Deque<Long> fixed = new ArrayDeque<>(List.of(-4L, -1L, 7L, -5L, 0L, 3L));
        List<String> pool = List.of("E1", "E2", "E3", "E4", "E5", "E6");
        List<String> selected = DrawAlgorithm.select(pool, 3, fixed::pop);
        // j=0, m=6: −4 and −1 (2^64−4, 2^64−1) rejected, 7 mod 6 = 1 → swap E1,E2 → [E2,E1,E3,E4,E5,E6]
        // j=1, m=5: 2^64 mod 5 = 1, limit 2^64−1: −5 (2^64−5) accepted, (2^64−5) mod 5 = 1 → swap E1,E3
        // j=2, m=4: 2^64 mod 4 = 0, nothing rejected: 0 → r = 0
        assertThat(selected).containsExactly("E2", "E3", "E1");
        assertThat(fixed).containsExactly(3L);
    }

    @Test
    void exactlyTheLimitIsRejectedAndOneBelowIsNot() {
        // n = 3: 2^64 mod 3 = 1, limit = 2^64 − 1 = −1L unsigned: −1 rejected, −2 accepted ((2^64−2) mod 3 = 2).
        Deque<Long> fixed = new ArrayDeque<>(List.of(-1L, -2L));
        assertThat(DrawAlgorithm.select(List.of("A", "B", "C"), 1, fixed::pop)).containsExactly("C");
        assertThat(fixed).isEmpty();
    }

    @Test
    void tooFewCandidatesIsRefused() {
        assertThatThrownBy(() -> DrawAlgorithm.select(List.of("A"), 2, seed(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPoolMemberIsEquallyLikelyOverManySeeds() {
        int n = 10;
        int k = 3;
        int draws = 20_000;
        List<String> pool = IntStream.range(0, n).mapToObj(i -> "E-" + i).toList();
        long[] chosen = new long[n];
        long[] first = new long[n];
        for (int s = 0; s < draws; s++) {
            List<String> selected = DrawAlgorithm.select(pool, k, seed(s));
            first[pool.indexOf(selected.get(0))]++;
            selected.forEach(id -> chosen[pool.indexOf(id)]++);
        }
        // 9 degrees of freedom: the 0.1% critical value is 27.877.
        assertThat(chiSquare(chosen, (double) draws * k / n)).isLessThan(27.877);
        assertThat(chiSquare(first, (double) draws / n)).isLessThan(27.877);
    }

    @Test
    void theChiSquareTestDetectsABiasedSelection() {
        // The same statistic on a draw that never picks the last member must fail: the test has teeth.
        long[] biased = new long[10];
        for (int s = 0; s < 20_000; s++) {
            int r = (int) Long.remainderUnsigned(DrawAlgorithm.stream(seed(s)).getAsLong(), 9);
            biased[r]++;
        }
        assertThat(chiSquare(biased, 2_000.0)).isGreaterThan(27.877);
    }

    private static double chiSquare(long[] observed, double expected) {
        double sum = 0;
        for (long o : observed) {
            sum += (o - expected) * (o - expected) / expected;
        }
        return sum;
    }

    /** A fixed list of seeds: SM3 of "seed-s". */
    static byte[] seed(int s) {
        return Replay.sm3(("seed-" + s).getBytes(StandardCharsets.UTF_8));
    }
}
