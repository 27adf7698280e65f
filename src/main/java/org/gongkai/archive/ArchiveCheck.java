package org.gongkai.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first pass over an archive to import, before anything is written: every entry name is one the format allows
 * (no paths of its own, so no traversal), entries and sizes stay within {@link ArchiveProperties} counted while
 * inflating (a zip bomb is stopped at the limit, whatever its headers claim), the compression ratio of a large entry
 * is plausible, every entry's SHA-256 is the manifest's, and the manifest lists nothing that is missing.
 */
final class ArchiveCheck {

    private static final Pattern NAME = Pattern.compile(
            "manifest\\.json|(data|audit)/[a-z][a-z0-9_]{0,62}\\.jsonl|files/[0-9a-f]{64}");
    private static final Set<String> FOLDERS = Set.of("data/", "audit/", "files/");
    private static final long MANIFEST_MAX = 64L * 1024 * 1024;

    private ArchiveCheck() {}

    /** The checked manifest. */
    record Checked(Map<String, Object> manifest, Set<String> entries, String sha256) {}

    static Checked check(ZipFile zip, Path file, ArchiveProperties limits, JsonMapper json) {
        Map<String, String> digests = new HashMap<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        int count = 0;
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (++count > limits.maxEntries()) {
                    throw refuse(ErrorCode.ARCHIVE_TOO_LARGE, "导出包条目超过 " + limits.maxEntries() + " 个");
                }
                if (FOLDERS.contains(name) && entry.isDirectory()) {
                    continue;
                }
                if (!NAME.matcher(name).matches()) {
                    throw refuse(ErrorCode.ARCHIVE_BAD_ENTRY, "导出包含有不允许的条目“" + printable(name)
                            + "”：只允许 manifest.json、data/*.jsonl、audit/*.jsonl 和 files/<SHA-256>");
                }
                if (!names.add(name)) {
                    throw refuse(ErrorCode.ARCHIVE_BAD_ENTRY, "导出包中条目“" + name + "”出现了不止一次");
                }
                long max = name.equals(ArchiveExport.MANIFEST) ? Math.min(MANIFEST_MAX, limits.maxEntryBytes())
                        : limits.maxEntryBytes();
                long[] size = {0};
                String digest = digest(zip, entry, max, limits, size);
                total += size[0];
                if (total > limits.maxTotalBytes()) {
                    throw refuse(ErrorCode.ARCHIVE_TOO_LARGE, "导出包解压后超过 " + limits.maxTotalBytes() + " 字节");
                }
                digests.put(name, digest);
            }
        } catch (ZipException e) {
            throw refuse(ErrorCode.ARCHIVE_MALFORMED, "文件不是有效的 zip 导出包");
        } catch (IOException e) {
            throw refuse(ErrorCode.ARCHIVE_MALFORMED, "读取导出包失败：" + e.getMessage());
        }
        if (!names.contains(ArchiveExport.MANIFEST)) {
            throw refuse(ErrorCode.ARCHIVE_MALFORMED, "导出包缺少 manifest.json");
        }
        Map<String, Object> manifest = manifest(zip, json);
        Object listed = manifest.get("entries");
        if (!(listed instanceof List<?> list)) {
            throw refuse(ErrorCode.ARCHIVE_MALFORMED, "manifest.json 缺少条目清单（entries）");
        }
        Set<String> expected = new HashSet<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> e) || !(e.get("name") instanceof String name)
                    || !(e.get("sha256") instanceof String sha)) {
                throw refuse(ErrorCode.ARCHIVE_MALFORMED, "manifest.json 的条目清单格式不正确");
            }
            expected.add(name);
            String actual = digests.get(name);
            if (actual == null) {
                throw refuse(ErrorCode.ARCHIVE_MALFORMED, "导出包缺少清单中的条目“" + printable(name) + "”");
            }
            if (!actual.equals(sha)) {
                throw refuse(ErrorCode.ARCHIVE_CHECKSUM_MISMATCH, "条目“" + name + "”的 SHA-256 与清单不符");
            }
        }
        for (String name : names) {
            if (!name.equals(ArchiveExport.MANIFEST) && !expected.contains(name)) {
                throw refuse(ErrorCode.ARCHIVE_CHECKSUM_MISMATCH, "条目“" + name + "”不在清单中，无法校验");
            }
        }
        return new Checked(manifest, names, fileDigest(file));
    }

    private static String digest(ZipFile zip, ZipEntry entry, long max, ArchiveProperties limits, long[] size)
            throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                size[0] += read;
                if (size[0] > max) {
                    throw refuse(ErrorCode.ARCHIVE_TOO_LARGE, "条目“" + entry.getName() + "”解压后超过 " + max + " 字节");
                }
                if (size[0] > ArchiveProperties.MIB && size[0] / compressed > limits.maxCompressionRatio()) {
                    throw refuse(ErrorCode.ARCHIVE_TOO_LARGE, "条目“" + entry.getName() + "”的压缩比超过 "
                            + limits.maxCompressionRatio() + " 倍（疑似压缩炸弹）");
                }
                sha.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(ZipFile zip, JsonMapper json) {
        try (InputStream in = zip.getInputStream(zip.getEntry(ArchiveExport.MANIFEST))) {
            Object value = json.readValue(in.readNBytes((int) MANIFEST_MAX), Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (IOException | JacksonException e) {
            // refused below
        }
        throw refuse(ErrorCode.ARCHIVE_MALFORMED, "manifest.json 不是有效的 JSON 对象");
    }

    private static String fileDigest(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw refuse(ErrorCode.ARCHIVE_MALFORMED, "读取导出包失败：" + e.getMessage());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static GongkaiException refuse(ErrorCode code, String detail) {
        return new GongkaiException(code, code.message() + "：" + detail);
    }

    /** An entry name as it may be shown: control characters replaced, at most 100 characters. */
    static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
    }
}
