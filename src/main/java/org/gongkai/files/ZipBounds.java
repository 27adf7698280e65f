package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip-based upload (DOCX, XLSX, ODT, ODS, plain ZIP) before any parser opens it: the number of entries,
 * and the total size they expand to and its ratio to the file's size, counted by actually inflating the entries
 * (the sizes in the headers can lie) and stopping as soon as a bound is passed. A "zip bomb" costs at most the
 * bound's worth of inflating.
 */
final class ZipBounds {

    private static final long RATIO_GRACE = 10L * 1024 * 1024;

    private final FilesProperties properties;

    ZipBounds(FilesProperties properties) {
        this.properties = properties;
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    /** Null when within bounds, otherwise why not (Chinese, for the upload's field message). */
    String problem(Path file, String name) throws IOException {
        long compressed = Math.max(1, Files.size(file));
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > properties.maxZipEntries()) {
                    return "文件“" + name + "”包含的内部文件超过 " + properties.maxZipEntries() + " 个，可能是恶意构造的文件，已拒绝上传";
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int read;
                    while ((read = in.read(buffer)) != -1) {
                        expanded += read;
                        String tooBig = tooBig(name, expanded, compressed);
                        if (tooBig != null) {
                            return tooBig;
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            return null; // not readable as a zip: type detection and the parser decide what it is
        }
        return null;
    }

    private String tooBig(String name, long expanded, long compressed) {
        if (expanded > properties.maxExpandedBytes()) {
            return "文件“" + name + "”解压后超过 " + UploadNames.humanSize(properties.maxExpandedBytes())
                    + "（可能是“压缩炸弹”），已拒绝上传；请拆分或另存为 PDF 后再上传";
        }
        if (expanded > RATIO_GRACE && (double) expanded / compressed > properties.maxCompressionRatio()) {
            return "文件“" + name + "”的压缩比异常（解压后超过原大小的 " + Math.round(properties.maxCompressionRatio())
                    + " 倍，可能是“压缩炸弹”），已拒绝上传；请另存为 PDF 或重新生成后再上传";
        }
        return null;
    }
}
