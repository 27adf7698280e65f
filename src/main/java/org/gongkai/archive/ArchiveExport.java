package org.gongkai.archive;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveFiles;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the full export (decision 014) as a zip to a stream: every contributed table as JSON lines in one snapshot
 * (one read-only, repeatable-read transaction), personal data decrypted, the stored files in clear, the audit log for
 * reference, and last the manifest with row counts and the SHA-256 of every entry. Memory stays flat: rows are
 * streamed with a fetch size, files copied through. One export runs at a time ({@link ErrorCode#ARCHIVE_BUSY}).
 */
@Service
public class ArchiveExport {

    static final String FORMAT = "gongkai-archive";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";

    private final List<ArchiveContribution> contributions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final SchemaVersion schema;
    private final GongkaiProperties gongkai;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Semaphore oneAtATime = new Semaphore(1);

    ArchiveExport(List<ArchiveContribution> contributions, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            FieldCipher cipher, AuditLog audit, SchemaVersion schema, GongkaiProperties gongkai, Clock clock) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(ArchiveContribution::order)).toList();
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.cipher = cipher;
        this.audit = audit;
        this.schema = schema;
        this.gongkai = gongkai;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Summary(Map<String, Long> rows, long files, long entries) {}

    /** Writes the archive to {@code out} (not closed) and records the export (or its failure) in the audit log. */
    public Summary write(OutputStream out) {
        if (!oneAtATime.tryAcquire()) {
            throw new GongkaiException(ErrorCode.ARCHIVE_BUSY);
        }
        try {
            Summary summary = snapshot.execute(status -> writeAll(out));
            audit.success("ARCHIVE_EXPORTED", "Archive", "full", "完整导出：" + summary.rows().values().stream()
                    .mapToLong(Long::longValue).sum() + " 行数据，" + summary.files() + " 个文件，结构版本 " + schema.current());
            return summary;
        } catch (RuntimeException e) {
            audit.record("ARCHIVE_EXPORTED", "Archive", "full", AuditLog.Outcome.FAILURE, "完整导出中断：" + e.getClass().getSimpleName());
            throw e;
        } finally {
            oneAtATime.release();
        }
    }

    private Summary writeAll(OutputStream target) {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // the caller owns the stream
            }
        });
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, Object> tables = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        long files = 0;
        try {
            for (ArchiveContribution contribution : contributions) {
                for (ArchiveTable table : contribution.tables()) {
                    long n = writeTable(zip, "data/" + table.name() + ".jsonl", table, entries);
                    rows.put(table.name(), n);
                    tables.put(table.name(), Map.of("rows", n, "mode", table.mode().name(),
                            "encrypted", table.encrypted().stream().sorted().toList(),
                            "omitted", table.omitted().stream().sorted().toList()));
                }
            }
            for (String reference : PlatformTables.REFERENCE) {
                ArchiveTable table = ArchiveTable.of(reference, reference.equals("audit_record") ? "seq" : "1");
                tables.put(reference, Map.of("rows", writeTable(zip, "audit/" + reference + ".jsonl", table, entries),
                        "mode", "REFERENCE"));
            }
            for (ArchiveContribution contribution : contributions) {
                ArchiveFiles store = contribution.files();
                if (store != null) {
                    files += writeFiles(zip, store, entries);
                }
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("formatVersion", FORMAT_VERSION);
            manifest.put("schemaVersion", schema.current());
            manifest.put("createdAt", clock.instant().toString());
            manifest.put("site", gongkai.siteName());
            manifest.put("tables", tables);
            manifest.put("files", files);
            manifest.put("excluded", PlatformTables.EXCLUDED);
            manifest.put("entries", entries);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(rows, files, entries.size() + 1L);
    }

    private long writeTable(ZipOutputStream zip, String entry, ArchiveTable table, List<Map<String, Object>> entries)
            throws IOException {
        Entry out = open(zip, entry);
        long[] count = {0};
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy());
            ps.setFetchSize(1000);
            return ps;
        }, (ResultSet rs) -> {
            List<Column> columns = Column.of(rs.getMetaData());
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    Column c = columns.get(i);
                    if (table.omitted().contains(c.name())) {
                        continue;
                    }
                    Object value = c.read(rs, i + 1);
                    if (value != null && table.encrypted().contains(c.name())) {
                        value = cipher.decrypt((String) value);
                    }
                    row.put(c.name(), value);
                }
                try {
                    out.write(json.writeValueAsBytes(row));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            }
            return null;
        });
        entries.add(out.finish());
        return count[0];
    }

    private long writeFiles(ZipOutputStream zip, ArchiveFiles store, List<Map<String, Object>> entries) {
        long[] count = {0};
        store.forEachDigest(digest -> {
            try (InputStream in = store.open(digest)) {
                Entry out = open(zip, "files/" + digest);
                in.transferTo(out);
                Map<String, Object> written = out.finish();
                if (!digest.equals(written.get("sha256"))) {
                    throw new IllegalStateException("stored file " + digest + " does not match its digest");
                }
                entries.add(written);
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count[0];
    }

    private static Entry open(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        return new Entry(zip, name);
    }

    /** One entry being written: counts and digests what passes through, leaves the zip open. */
    private static final class Entry extends OutputStream {
        private final ZipOutputStream zip;
        private final String name;
        private final MessageDigest sha;
        private long bytes;

        Entry(ZipOutputStream zip, String name) {
            this.zip = zip;
            this.name = name;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            zip.write(b);
            sha.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            zip.write(b, off, len);
            sha.update(b, off, len);
            bytes += len;
        }

        Map<String, Object> finish() throws IOException {
            zip.closeEntry();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("bytes", bytes);
            entry.put("sha256", HexFormat.of().formatHex(sha.digest()));
            return entry;
        }
    }
}
