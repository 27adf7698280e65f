package org.gongkai.files;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files port over the stored contents ({@link StoredContents}, on the {@link BlobStore} that
 * {@code gongkai.files.store} selects: a folder, by default {@code <data-dir>/files}, or an S3-compatible bucket):
 * checks an upload in a temporary file (size, zip bounds, type by content, the purpose's policy, text within bounds),
 * then stores its content once under its SHA-256, SM4-encrypted with its cached text and derived artifacts
 * ({@link FieldCipher#encrypting}: attachments can carry personal data such as an applicant's ID copy or a 公示 list;
 * the plain upload exists only as the temporary file while it is checked). The metadata row is one per upload. Bytes
 * written for an upload whose transaction rolls back stay in the store (harmless: content-addressed, reused by the
 * next identical upload).
 */
@Service
class LocalFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final StoredContents contents;
    private final AttachmentPolicy policy;
    private final FileTypes types = new FileTypes();
    private final ZipBounds zipBounds;
    private final TextExtraction extraction;

    LocalFileStore(JdbcClient jdbc, AuditLog auditLog, Clock clock, FilesProperties files, AttachmentPolicy policy,
            StoredContents contents) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.policy = policy;
        this.contents = contents;
        this.zipBounds = new ZipBounds(files);
        this.extraction = new TextExtraction(files);
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
            temp = contents.temporaryFile("upload-");
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
            if (readText && !type.getType().equals("image") && !contents.hasText(hash)) {
                Path plain = temp;
                contents.cacheText(hash, extract(() -> Files.newInputStream(plain), name));
            }
            contents.store(hash, temp);
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
            return contents.open(file.sha256());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public String extractText(String id) {
        StoredFile file = find(id).orElseThrow(GongkaiException::notFound);
        if (file.mediaType().startsWith("image/")) {
            return "";
        }
        try {
            Optional<String> cached = contents.cachedText(file.sha256());
            if (cached.isPresent()) {
                return cached.get();
            }
            String text = extract(() -> contents.open(file.sha256()), file.originalName());
            contents.cacheText(file.sha256(), text);
            return text;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public byte[] derived(String id, String artifact, Function<InputStream, byte[]> producer) {
        if (!artifact.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("artifact name: " + artifact);
        }
        StoredFile file = find(id).orElseThrow(GongkaiException::notFound);
        try {
            return contents.derived(file.sha256(), artifact, producer);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A file whose stored content cannot be read: names the file, its content and the store (never a secret). */
    private UncheckedIOException unreadable(StoredFile file, IOException e) {
        String what = e instanceof NoSuchFileException ? "is missing from " : "cannot be read from ";
        return new UncheckedIOException("the stored content of file " + file.id() + " (SHA-256 " + file.sha256()
                + ") " + what + contents.blobs().describe() + ": " + e.getMessage(), e);
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
