package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * README tells people to compute a demo account's TOTP code with {@code java tools/Totp.java SECRET}: the script
 * must give the code the login accepts (same secret, same moment) — checked for fresh random secrets at several
 * moments, so the script and {@link Totp} cannot drift apart.
 */
class TotpScriptTest {

    @Test
    void scriptPrintsTheCodeTheLoginAccepts() throws Exception {
        for (long epoch : new long[] {59, 1_781_488_800L, 2_000_000_000L}) {
            String secret = Totp.newSecret();
            assertThat(runScript(secret, epoch)).isEqualTo(Totp.code(secret, Instant.ofEpochSecond(epoch)));
        }
    }

    private static String runScript(String secret, long epoch) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "tools/Totp.java", secret, "--at", Long.toString(epoch))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("script finished").isTrue();
        assertThat(process.exitValue()).isZero();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
    }
}
