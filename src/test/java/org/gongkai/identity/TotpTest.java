package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 Appendix B, SHA-1 column (8 digits). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void matchesRfc6238TestVectors(long unixTime, String expected) {
        assertThat(Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(unixTime)), 8)).isEqualTo(expected);
    }

    @Test
    void sixDigitCodeIsTheLowSixDigitsOfTheRfcValue() {
        String secret = Totp.base32Encode(RFC_SEED);
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32Encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.base32Decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        String secret = Totp.newSecret();
        assertThat(Totp.base32Encode(Totp.base32Decode(secret))).isEqualTo(secret);
    }

    @Test
    void acceptsOneStepOfDriftEitherWayButNotTwo() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(30)), now, null)).isPresent();
        assertThat(Totp.verify(secret, Totp.code(secret, now.plusSeconds(30)), now, null)).isPresent();
        assertThat(Totp.verify(secret, Totp.code(secret, now.minusSeconds(60)), now, null)).isEmpty();
        assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.verify(secret, Totp.code(secret, now), now, null).getAsLong();
        assertThat(Totp.verify(secret, Totp.code(secret, now), now, step)).isEmpty();
    }

    @Test
    void uriNamesIssuerAccountAndSecret() {
        assertThat(Totp.uri("示例县人民政府", "zhang san", "ABC"))
                .startsWith("otpauth://totp/")
                .contains("secret=ABC", "digits=6", "period=30", "zhang%20san");
    }
}
