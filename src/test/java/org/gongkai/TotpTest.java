package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (base32 below)
    private static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.code("12345678901234567890".getBytes(StandardCharsets.US_ASCII), 59 / 30, 8)).isEqualTo("94287082");
        assertThat(Totp.code("12345678901234567890".getBytes(StandardCharsets.US_ASCII), 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(Totp.code(SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void decodesBase32() {
        assertThat(new String(Totp.base32Decode(SECRET), StandardCharsets.US_ASCII)).isEqualTo("12345678901234567890");
    }
}
