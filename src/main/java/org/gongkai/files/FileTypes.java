package org.gongkai.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Type detection by content with Tika, the name-versus-content consistency check, and Chinese labels for
 * the types users meet.
 */
final class FileTypes {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("application/pdf", "PDF 文档"),
            Map.entry("application/msword", "Word 文档（DOC）"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word 文档（DOCX）"),
            Map.entry("application/vnd.ms-excel", "Excel 表格（XLS）"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel 表格（XLSX）"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument 文本（ODT）"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument 表格（ODS）"),
            Map.entry("image/png", "PNG 图片"),
            Map.entry("image/jpeg", "JPEG 图片"),
            Map.entry("image/gif", "GIF 图片"),
            Map.entry("image/webp", "WebP 图片"),
            Map.entry("text/plain", "纯文本"),
            Map.entry("text/csv", "CSV 表格"),
            Map.entry("text/html", "HTML 网页"),
            Map.entry("application/zip", "ZIP 压缩包"),
            Map.entry("application/x-msdownload", "Windows 可执行程序"),
            Map.entry("application/x-dosexec", "Windows 可执行程序"),
            Map.entry("application/x-executable", "可执行程序"),
            Map.entry("application/x-sh", "脚本文件"),
            Map.entry("application/octet-stream", "无法识别的二进制文件"));

    private final Tika tika = new Tika();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /** What the bytes are, ignoring the name (container formats such as DOCX are opened and recognised). */
    MediaType detectContent(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return MediaType.parse(tika.getDetector().detect(in, new Metadata()).getBaseType().toString());
        }
    }

    /** Content and name together: refines e.g. plain text named {@code .csv} to text/csv. */
    MediaType detectWithName(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return tika.getDetector().detect(in, metadata).getBaseType();
        }
    }

    /** The type the name's extension claims, or null when the name has no (known) extension. */
    MediaType claimedByName(String name) {
        if (extension(name).isEmpty()) {
            return null;
        }
        MediaType type = MediaType.parse(tika.detect(name));
        return type == null || MediaType.OCTET_STREAM.equals(type) ? null : type.getBaseType();
    }

    /** Whether the name's claim and the content agree (same type, or one is a kind of the other). */
    boolean consistent(MediaType claimed, MediaType content) {
        if (claimed == null) {
            return true;
        }
        return claimed.equals(content) || registry.isInstanceOf(claimed, content)
                || registry.isInstanceOf(content, claimed);
    }

    boolean allowed(Set<String> allowedMediaTypes, MediaType... candidates) {
        for (MediaType candidate : candidates) {
            if (candidate != null && allowedMediaTypes.contains(candidate.getBaseType().toString())) {
                return true;
            }
        }
        return false;
    }

    String label(MediaType type) {
        String label = LABELS.get(type.getBaseType().toString());
        if (label != null) {
            return label;
        }
        try {
            String ext = mimeTypes.forName(type.toString()).getExtension();
            return ext.isEmpty() ? type.toString() : ext.substring(1).toUpperCase(Locale.ROOT) + " 文件";
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }

    static String extension(String name) {
        return UploadNames.extension(name);
    }

    /** A name without a (known) extension gets the detected type's usual one: {@code 报告} → {@code 报告.pdf}. */
    String withExtension(String name, MediaType type) {
        try {
            String ext = mimeTypes.forName(type.getBaseType().toString()).getExtension();
            if (ext.isEmpty() || name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name;
            }
            String base = name.codePointCount(0, name.length()) > UploadNames.MAX_LENGTH - ext.length()
                    ? name.substring(0, name.offsetByCodePoints(0, UploadNames.MAX_LENGTH - ext.length())) : name;
            return base + ext;
        } catch (MimeTypeException e) {
            return name;
        }
    }
}
