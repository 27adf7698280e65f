package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link SigV4} against published examples: AWS's Signature Version 4 test suite (credentials {@code AKIDEXAMPLE},
 * region {@code us-east-1}, service {@code service}, 2015-08-30 12:36:00 UTC; cases {@code get-vanilla},
 * {@code get-vanilla-empty-query-key}, {@code get-header-value-trim}'s canonical request) and the S3 documentation's
 * "GET Object" example (bucket {@code examplebucket}, object {@code test.txt}, range {@code bytes=0-9}).
 */
class SigV4Test {

    static final SigV4 SUITE = new SigV4("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1",
            "service");

    static Map<String, String> headers(String... nameValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.put(nameValues[i], nameValues[i + 1]);
        }
        return headers;
    }

    @Test
    void getVanilla() {
        Map<String, String> headers = headers("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");

        assertThat(SigV4.canonicalRequest("GET", "/", Map.of(), SigV4.canonicalHeaders(headers), SigV4.EMPTY_SHA256))
                .isEqualTo("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
                        + SigV4.EMPTY_SHA256);
        assertThat(SUITE.authorization("GET", "/", Map.of(), headers, SigV4.EMPTY_SHA256)).isEqualTo(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void getVanillaEmptyQueryKey() {
        Map<String, String> headers = headers("Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z");

        assertThat(SUITE.authorization("GET", "/", Map.of("Param1", "value1"), headers, SigV4.EMPTY_SHA256))
                .endsWith("Signature=a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb");
    }

    @Test
    void headerValuesAreTrimmedAndNamesLowerCasedAndSorted() {
        Map<String, String> headers = headers("Host", "example.amazonaws.com", "My-Header1", " value1",
                "My-Header2", " \"a   b   c\"", "X-Amz-Date", "20150830T123600Z");

        assertThat(SigV4.canonicalRequest("GET", "/", Map.of(), SigV4.canonicalHeaders(headers), SigV4.EMPTY_SHA256))
                .isEqualTo("GET\n/\n\nhost:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"
                        + "x-amz-date:20150830T123600Z\n\nhost;my-header1;my-header2;x-amz-date\n" + SigV4.EMPTY_SHA256);
    }

    @Test
    void s3GetObjectExample() {
        SigV4 s3 = new SigV4("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3");
        Map<String, String> headers = headers("Host", "examplebucket.s3.amazonaws.com", "Range", "bytes=0-9",
                "x-amz-content-sha256", SigV4.EMPTY_SHA256, "x-amz-date", "20130524T000000Z");

        assertThat(s3.authorization("GET", "/test.txt", Map.of(), headers, SigV4.EMPTY_SHA256)).isEqualTo(
                "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void encodingKeepsUnreservedCharactersAndSlashesInPathsOnly() {
        assertThat(SigV4.encode("/county-990101/ab/cd/x_y.z~1", false)).isEqualTo("/county-990101/ab/cd/x_y.z~1");
        assertThat(SigV4.encode("a b/c+d*ü", true)).isEqualTo("a%20b%2Fc%2Bd%2A%C3%BC");
        assertThat(SigV4.amzDate(Instant.parse("2026-12-02T18:05:23.456Z"))).isEqualTo("20261202T180523Z");
    }

    @Test
    void theSecretIsNeverShownAndMissingHeadersAreRefused() {
        assertThat(SUITE.toString()).contains("AKIDEXAMPLE").doesNotContain("wJalrXUtnFEMI");
        assertThatThrownBy(() -> SUITE.authorization("GET", "/", Map.of(), headers("Host", "h"), SigV4.EMPTY_SHA256))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
