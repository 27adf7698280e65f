package org.gongkai.files;

import jakarta.annotation.PreDestroy;
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
import java.util.function.Function;
import org.apache.tika.mime.MediaType;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on the local disk under {@code gongkai.files.dir} (default {@code <data-dir>/files}; several instances point it
 * at one shared folder, e.g. an NFS mount: names are content hashes, written through a temporary file and an atomic
 * move, so two instances storing the same file at once write the same bytes), content-addressed:
 * {@code files/ab/cd/abcd…(sha256 of the plain content)}; extracted text ({@code …​.txt}) and derived artifacts
 * ({@code …​.<artifact>}) are cached next to the bytes. All are SM4-encrypted at rest ({@link FieldCipher#encrypting}):
 * attachments can carry personal data (an applicant's ID copy, a 公示 list); the plain upload exists only as a
 * temporary file while it is checked. The metadata row is one per upload. Bytes written for an upload whose
 * transaction rolls back stay on disk (harmless: content-addressed, reused by the next identical upload).
 */
@Service
class LocalFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final FieldCipher cipher;
    private final Path root;
    private final AttachmentPolicy policy;
    private final FileTypes types = new FileTypes();
    private final ZipBounds zipBounds;
    private final TextExtraction extraction;

    LocalFileStore(JdbcClient jdbc, AuditLog auditLog, Clock clock, GongkaiProperties properties, FieldCipher cipher,
            FilesProperties files, AttachmentPolicy policy, @Value("${gongkai.files.dir:}") String dir) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.policy = policy;
        this.root = root(properties, dir);
        this.zipBounds = new ZipBounds(files);
        this.extraction = new TextExtraction(files);
    }

    /** The files folder: {@code gongkai.files.dir}, or {@code <data-dir>/files} when it is not set. */
    static Path root(GongkaiProperties properties, String dir) {
        return dir == null || dir.isBlank() ? properties.dataDir().resolve("files") : Path.of(dir.strip());
    }

    @PreDestroy
    void stop() {
        extraction.close();
    }

    @Override
    @Transactional
    public StoredFile store(InputStream content, String originalName, AttachmentPurpose purpose) {
        return store(content, originalName, purpose.mediaTypes(), policy.maxBytes(purpose), purpose.extractsText());
    }

    /**
     * Stores a file checked against explicit types and size instead of a purpose: for the storage tests of this
     * package only (the class is not visible outside it; every module stores through a purpose).
     */
    @Transactional
    public StoredFile store(InputStream content, String originalName, Set<String> allowedMediaTypes, long maxBytes) {
        return store(content, originalName, allowedMediaTypes, maxBytes, false);
    }

    private StoredFile store(InputStream content, String originalName, Set<String> allowedMediaTypes, long maxBytes,
            boolean readText) {
        String name = UploadNames.clean(originalName);
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha, maxBytes);
            if (size == 0) {
                throw GongkaiException.invalid("file", "文件“" + name + "”是空文件，请选择有内容的文件");
            }
            if (ZipBounds.isZip(temp)) {
                String problem = zipBounds.problem(temp, name);
                if (problem != null) {
                    throw GongkaiException.invalid("file", problem);
                }
            }
            MediaType detected = types.detectContent(temp);
            MediaType refined = types.detectWithName(temp, name);
            MediaType claimed = types.claimedByName(name);
            if (!types.consistent(claimed, detected)) {
                throw GongkaiException.invalid("file", "文件“" + name + "”的扩展名“." + UploadNames.extension(name)
                        + "”与实际内容不符：内容是" + types.label(detected) + "，请检查后重新上传");
            }
            if (!types.allowed(allowedMediaTypes, refined, detected)) {
                throw GongkaiException.invalid("file", "不支持上传" + types.label(detected) + "（文件“" + name
                        + "”），允许的类型：" + allowedLabels(allowedMediaTypes));
            }
            MediaType type = types.allowed(allowedMediaTypes, refined) ? refined : detected;
            if (claimed == null) {
                name = types.withExtension(name, type);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            if (readText && !type.getType().equals("image") && !Files.exists(textCache(hash))) {
                Path plain = temp;
                String text = extract(() -> Files.newInputStream(plain), name);
                writeEncrypted(text.getBytes(StandardCharsets.UTF_8), textCache(hash));
            }
            if (!Files.exists(target)) {
                writeEncrypted(temp, target);
            }
            String id = UUID.randomUUID().toString();
            jdbc.sql("""
                    INSERT INTO files_file (id, original_name, media_type, size_bytes, sha256, created_at)
                    VALUES (:id, :name, :type, :size, :sha, :at)""")
                    .param("id", id).param("name", name).param("type", type.toString()).param("size", size)
                    .param("sha", hash).param("at", OffsetDateTime.now(clock))
                    .update();
            auditLog.success("FILE_STORED", "File", id, name + "，" + type + "，" + size + " 字节，SHA-256 " + hash);
            return new StoredFile(id, name, type.toString(), size, hash);
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

    private String extract(TextExtraction.Source source, String name) {
        try {
            return extraction.extract(source, name);
        } catch (TextExtraction.Refused refused) {
            throw GongkaiException.invalid("file", refused.getMessage());
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
        Path cache = textCache(file.sha256());
        try {
            if (Files.exists(cache)) {
                return new String(readEncrypted(cache), StandardCharsets.UTF_8);
            }
            Path stored = pathOf(file.sha256());
            String text = extract(() -> cipher.decrypting(Files.newInputStream(stored)), file.originalName());
            writeEncrypted(text.getBytes(StandardCharsets.UTF_8), cache);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] derived(String id, String artifact, Function<InputStream, byte[]> producer) {
        if (!artifact.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("artifact name: " + artifact);
        }
        StoredFile file = find(id).orElseThrow(GongkaiException::notFound);
        Path cache = pathOf(file.sha256()).resolveSibling(file.sha256() + "." + artifact);
        try {
            if (Files.exists(cache)) {
                return readEncrypted(cache);
            }
            byte[] bytes;
            try (InputStream in = cipher.decrypting(Files.newInputStream(pathOf(file.sha256())))) {
                bytes = producer.apply(in);
            }
            writeEncrypted(bytes, cache);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private Path textCache(String sha256) {
        return pathOf(sha256).resolveSibling(sha256 + ".txt");
    }

    private byte[] readEncrypted(Path path) throws IOException {
        try (InputStream in = cipher.decrypting(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }

    private void writeEncrypted(byte[] bytes, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "cache-", ".part");
        try {
            try (OutputStream out = cipher.encrypting(Files.newOutputStream(temp))) {
                out.write(bytes);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
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
                    throw GongkaiException.invalid("file", "文件超过大小上限 " + UploadNames.humanSize(maxBytes)
                            + "，请压缩或拆分后再上传");
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
        return UploadNames.humanSize(bytes);
    }

    static String cleanName(String originalName) {
        return UploadNames.clean(originalName);
    }
}
