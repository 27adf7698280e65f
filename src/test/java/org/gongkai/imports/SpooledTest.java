package org.gongkai.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/** A request body is spooled to disk only up to its bound; beyond it the import is refused at field {@code file}. */
class SpooledTest {

    @Test
    void aBodyWithinTheBoundIsReadBackAndHashedTheSameEachTime() throws IOException {
        byte[] body = "{\"a\":1}\n{\"a\":2}\n".getBytes(StandardCharsets.UTF_8);
        try (Spooled spooled = Spooled.of(new ByteArrayInputStream(body), body.length)) {
            try (InputStream in = spooled.open()) {
                assertThat(in.readAllBytes()).isEqualTo(body);
            }
            assertThat(spooled.hash("JSON_LINES")).isEqualTo(spooled.hash("JSON_LINES"));
        }
    }

    @Test
    void aBodyOneByteOverTheBoundIsRefusedWhileItIsCopied() {
        byte[] body = new byte[1025];
        assertThatThrownBy(() -> Spooled.of(new ByteArrayInputStream(body), 1024))
                .isInstanceOfSatisfying(GongkaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
                    assertThat(e.field()).isEqualTo("file");
                });
    }

    @Test
    void anEndlessBodyStopsAtTheBoundInsteadOfFillingTheDisk() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> Spooled.of(endless, 64 * 1024)).isInstanceOf(GongkaiException.class);
    }

    @Test
    void theStreamingImportPathIsBoundedTheSameWay() {
        InputStream bounded = BoundedInput.of(new ByteArrayInputStream(new byte[2048]), 1024);
        assertThatThrownBy(bounded::readAllBytes).isInstanceOf(GongkaiException.class);
    }
}
