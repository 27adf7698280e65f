package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.mime.MediaType;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on the local disk under {@code <data-dir>/files}, content-addressed:
 * {@code files/ab/cd/abcd…(sha256 of the plain content)}; extracted text is cached next to the bytes as
 * {@code …​.txt}. Both are SM4-encrypted at rest ({@link FieldCipher#encrypting}): attachments can carry personal
 * data (an applicant's ID copy, a 公示 list); the plain upload exists only as a temporary file while it is checked. The
 * metadata row is one per upload. Bytes written for an upload whose transaction rolls back stay on disk
 * (harmless: content-addressed, reused by the next identical upload).
 */
@Service
class LocalFileStore implements FileStore {

    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FieldCipher cipher;
    private final Path root;
    private final FileTypes types = new FileTypes();
    private final TextExtraction extraction = new TextExtraction();

    LocalFileStore(JdbcClient jdbc, AuditLog auditLog, Clock clock, GongkaiProperties properties, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.root = properties.dataDir().resolve("files");
    }

    @Override
    @Transactional
    public StoredFile store(InputStream content, String originalName, Set<String> allowedMediaTypes, long maxBytes) {
        String name = cleanName(originalName);
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha, maxBytes);
            if (size == 0) {
                throw GongkaiException.invalid("file", "文件“" + name + "”是空文件，请选择有内容的文件");
            }
            MediaType detected = types.detectContent(temp);
            MediaType refined = types.detectWithName(temp, name);
            MediaType claimed = types.claimedByName(name);
            if (!types.consistent(claimed, detected)) {
                throw GongkaiException.invalid("file", "文件“" + name + "”的扩展名“." + FileTypes.extension(name)
                        + "”与实际内容不符：内容是" + types.label(detected) + "，请检查后重新上传");
            }
            if (!types.allowed(allowedMediaTypes, refined, detected)) {
                throw GongkaiException.invalid("file", "不支持上传" + types.label(detected) + "（文件“" + name
                        + "”），允许的类型：" + allowedLabels(allowedMediaTypes));
            }
            String mediaType = (types.allowed(allowedMediaTypes, refined) ? refined : detected).toString();
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                writeEncrypted(temp, target);
            }
            String id = UUID.randomUUID().toString();
            jdbc.sql("""
                    INSERT INTO files_file (id, original_name, media_type, size_bytes, sha256, created_at)
                    VALUES (:id, :name, :type, :size, :sha, :at)""")
                    .param("id", id).param("name", name).param("type", mediaType).param("size", size)
                    .param("sha", hash).param("at", OffsetDateTime.now(clock))
                    .update();
            auditLog.success("FILE_STORED", "File", id, name + "，" + mediaType + "，" + size + " 字节，SHA-256 " + hash);
            return new StoredFile(id, name, mediaType, size, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is removed with the next clean-up of the directory
                }
            }
        }
    }

    @Override
    public Optional<StoredFile> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, original_name, media_type, size_bytes, sha256 FROM files_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new StoredFile(rs.getString("id"), rs.getString("original_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
                .optional();
    }

    @Override
    public InputStream open(String id) {
        StoredFile file = find(id).orElseThrow(GongkaiException::notFound);
        try {
            return cipher.decrypting(Files.newInputStream(pathOf(file.sha256())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String extractText(String id) {
        StoredFile file = find(id).orElseThrow(GongkaiException::notFound);
        if (file.mediaType().startsWith("image/")) {
            return "";
        }
        Path cache = pathOf(file.sha256()).resolveSibling(file.sha256() + ".txt");
        try {
            if (Files.exists(cache)) {
                try (InputStream in = cipher.decrypting(Files.newInputStream(cache))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            String text;
            try (InputStream in = cipher.decrypting(Files.newInputStream(pathOf(file.sha256())))) {
                text = extraction.extract(in, file.originalName());
            }
            Path temp = Files.createTempFile(cache.getParent(), "text-", ".part");
            try (OutputStream out = cipher.encrypting(Files.newOutputStream(temp))) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            move(temp, cache);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyLimited(InputStream content, Path temp, MessageDigest sha, long maxBytes)
            throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw GongkaiException.invalid("file", "文件超过大小上限 " + humanSize(maxBytes) + "，请压缩或拆分后再上传");
                }
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    /** Encrypts the checked upload into its final place (written beside it first, then moved atomically). */
    private void writeEncrypted(Path plain, Path target) throws IOException {
        Path part = Files.createTempFile(target.getParent(), "enc-", ".part");
        try {
            try (InputStream in = Files.newInputStream(plain); OutputStream out = cipher.encrypting(Files.newOutputStream(part))) {
                in.transferTo(out);
            }
            move(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String allowedLabels(Set<String> allowed) {
        return String.join("、", allowed.stream().sorted().map(t -> types.label(MediaType.parse(t))).distinct().toList());
    }

    static String humanSize(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024))
                    : String.format("%.1f", bytes / (1024.0 * 1024))) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " 字节";
    }

    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "未命名文件";
        }
        if (name.length() > MAX_NAME) {
            String ext = FileTypes.extension(name);
            name = name.substring(0, MAX_NAME - ext.length() - 1) + (ext.isEmpty() ? "" : "." + ext);
        }
        return name;
    }
}
