package org.gongkai.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first pass over an archive to import, without a database: hostile names, sizes beyond the limits counted while
 * inflating, compression bombs, too many entries, checksums and a missing manifest are refused with stable codes.
 */
class ArchiveCheckTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ArchiveProperties SMALL = new ArchiveProperties(null, 64L * 1024, 256L * 1024, 5, 200, null);

    @TempDir Path temp;

    @Test
    void acceptsAnArchiveWhoseEntriesMatchTheManifest() throws IOException {
        byte[] rows = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);
        ArchiveCheck.Checked checked = check(withManifest(Map.of("data/org_unit.jsonl", rows)), SMALL);
        assertThat(checked.entries()).containsExactlyInAnyOrder("manifest.json", "data/org_unit.jsonl");
        assertThat(checked.sha256()).hasSize(64);
    }

    @Test
    void refusesEntryNamesThatCouldLeaveTheTargetOrAreUnknown() throws IOException {
        for (String name : List.of("../evil.jsonl", "/etc/passwd", "data/../../evil.jsonl", "data\\evil.jsonl",
                "files/ABCDEF", "files/" + "a".repeat(63), "data/Org.jsonl", "data/x.jsonl/", "manifest.json.bak",
                "files/" + "a".repeat(64) + "/../../x")) {
            assertRefused(withManifest(Map.of(name, new byte[] {1})), SMALL, ErrorCode.ARCHIVE_BAD_ENTRY);
        }
    }

    @Test
    void refusesAnEntryThatInflatesBeyondTheLimitWhateverItsHeadersSay() throws IOException {
        assertRefused(withManifest(Map.of("data/big.jsonl", random(100 * 1024))), SMALL, ErrorCode.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesACompressionBomb() throws IOException {
        ArchiveProperties roomy = new ArchiveProperties(null, 64L * 1024 * 1024, 128L * 1024 * 1024, 10, 200, null);
        assertRefused(withManifest(Map.of("data/bomb.jsonl", new byte[16 * 1024 * 1024])), roomy,
                ErrorCode.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesTooManyEntriesAndTooLargeATotal() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            many.put("data/t" + i + ".jsonl", new byte[] {'\n'});
        }
        assertRefused(withManifest(many), SMALL, ErrorCode.ARCHIVE_TOO_LARGE);
        Map<String, byte[]> large = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            large.put("data/t" + i + ".jsonl", random(60 * 1024));
        }
        assertRefused(withManifest(large), new ArchiveProperties(null, 64L * 1024, 200L * 1024, 10, 200, null),
                ErrorCode.ARCHIVE_TOO_LARGE);
    }

    @Test
    void refusesChangedUnlistedOrMissingEntriesAndAMissingManifest() throws IOException {
        byte[] rows = "{\"id\":1}\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> manifest = manifest(Map.of("data/org_unit.jsonl", rows));
        assertRefused(zip(Map.of("data/org_unit.jsonl", "{\"id\":2}\n".getBytes(StandardCharsets.UTF_8),
                "manifest.json", JSON.writeValueAsBytes(manifest))), SMALL, ErrorCode.ARCHIVE_CHECKSUM_MISMATCH);
        assertRefused(zip(Map.of("data/org_unit.jsonl", rows, "data/extra.jsonl", rows,
                "manifest.json", JSON.writeValueAsBytes(manifest))), SMALL, ErrorCode.ARCHIVE_CHECKSUM_MISMATCH);
        assertRefused(zip(Map.of("manifest.json", JSON.writeValueAsBytes(manifest))), SMALL, ErrorCode.ARCHIVE_MALFORMED);
        assertRefused(zip(Map.of("data/org_unit.jsonl", rows)), SMALL, ErrorCode.ARCHIVE_MALFORMED);
        assertRefused(zip(Map.of("manifest.json", "[1, 2]".getBytes(StandardCharsets.UTF_8))), SMALL,
                ErrorCode.ARCHIVE_MALFORMED);
    }

    // ------------------------------------------------------------------------------------------------------------

    private ArchiveCheck.Checked check(Path archive, ArchiveProperties limits) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return ArchiveCheck.check(zip, archive, limits, JSON);
        }
    }

    private void assertRefused(Path archive, ArchiveProperties limits, ErrorCode code) {
        assertThatThrownBy(() -> check(archive, limits)).isInstanceOfSatisfying(GongkaiException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    private Path withManifest(Map<String, byte[]> entries) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>(entries);
        all.put("manifest.json", JSON.writeValueAsBytes(manifest(entries)));
        return zip(all);
    }

    private static Map<String, Object> manifest(Map<String, byte[]> entries) {
        return Map.of("format", ArchiveExport.FORMAT, "formatVersion", ArchiveExport.FORMAT_VERSION, "entries",
                entries.entrySet().stream().map(e -> Map.of("name", e.getKey(), "bytes", e.getValue().length,
                        "sha256", sha256(e.getValue()))).toList());
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(temp, "archive-", ".zip");
        Files.write(file, ArchiveRoundTripTest.zipOf(entries));
        return file;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(ArchiveCheck.sha256().digest(bytes));
    }
}
