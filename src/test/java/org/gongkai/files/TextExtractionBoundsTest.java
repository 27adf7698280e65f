package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The character and wall-time bounds of text extraction (issue #8 class 4), without Spring. */
class TextExtractionBoundsTest {

    static FilesProperties limits(int chars, Duration timeout) {
        return new FilesProperties(null, null, null, chars, timeout, 1, null);
    }

    @Test
    void textWithinTheBoundsIsExtracted() throws Exception {
        try (TextExtraction extraction = new TextExtraction(limits(1000, Duration.ofSeconds(10)))) {
            assertThat(extraction.extract(() -> stream("低保名单 张三"), "a.txt")).isEqualTo("低保名单 张三");
        }
    }

    @Test
    void moreCharactersThanTheLimitAreRefusedBecauseTheGuardCouldNotReadThem() {
        try (TextExtraction extraction = new TextExtraction(limits(1000, Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> extraction.extract(() -> stream("公示".repeat(2000)), "名单.txt"))
                    .isInstanceOf(TextExtraction.Refused.class)
                    .hasMessageContaining("名单.txt").hasMessageContaining("超过 1000 个字符");
        }
    }

    @Test
    void extractionThatTakesTooLongIsStoppedAndRefused() {
        try (TextExtraction extraction = new TextExtraction(limits(1_000_000, Duration.ofMillis(400)))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> extraction.extract(SlowStream::new, "慢.txt"))
                    .isInstanceOf(TextExtraction.Refused.class)
                    .hasMessageContaining("慢.txt").hasMessageContaining("超过 400 毫秒");
            assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Endless text, 50 ms per read: a parser reading it never finishes on its own. */
    static final class SlowStream extends InputStream {
        @Override
        public int read() {
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Math.min(len, 64);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            return n;
        }
    }
}
