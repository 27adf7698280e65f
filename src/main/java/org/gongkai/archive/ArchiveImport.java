package org.gongkai.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveFiles;
import org.gongkai.archive.spi.ArchiveImported;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a full export into an empty instance (decision 014): {@link ArchiveCheck} first reads the whole archive
 * (names, bounds, checksums), then the schema version and the emptiness of every table that must be empty are checked,
 * and only then are all rows written in one transaction, personal data encrypted with this instance's key and blind
 * indexes recomputed by the owning modules, the files stored beside it. Any failure rolls the rows back and removes
 * the files it wrote: all or none. Identity columns continue after the imported ids; search rebuilds its index on
 * {@link ArchiveImported}. Success and refusal are audited in this instance's chain.
 */
@Service
public class ArchiveImport {

    private static final Logger log = LoggerFactory.getLogger(ArchiveImport.class);
    private static final int BATCH = 500;

    private final List<ArchiveContribution> contributions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final SchemaVersion schema;
    private final ArchiveProperties limits;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    ArchiveImport(List<ArchiveContribution> contributions, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            FieldCipher cipher, AuditLog audit, SchemaVersion schema, ArchiveProperties limits,
            ApplicationEventPublisher events) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(ArchiveContribution::order)).toList();
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.audit = audit;
        this.schema = schema;
        this.limits = limits;
        this.events = events;
    }

    /** What an import wrote. */
    public record Result(Map<String, Long> rows, long files, String archiveSha256, String sourceSchema) {}

    public Result importFrom(Path archive) {
        try {
            Result result = run(archive);
            audit.recordAs("system", "ARCHIVE_IMPORTED", "Archive", result.archiveSha256(), AuditLog.Outcome.SUCCESS,
                    "导入完整导出包：" + result.rows().values().stream().mapToLong(Long::longValue).sum() + " 行数据，"
                            + result.files() + " 个文件，结构版本 " + result.sourceSchema());
            return result;
        } catch (GongkaiException e) {
            audit.recordAs("system", "ARCHIVE_IMPORTED", "Archive", archive.getFileName().toString(),
                    AuditLog.Outcome.REFUSED, e.code().name() + "：" + e.getMessage());
            throw e;
        }
    }

    private Result run(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "找不到导出包文件");
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ArchiveCheck.Checked checked = ArchiveCheck.check(zip, archive, limits, json);
            Map<String, Object> manifest = checked.manifest();
            if (!ArchiveExport.FORMAT.equals(manifest.get("format"))
                    || !Objects.equals(ArchiveExport.FORMAT_VERSION, manifest.get("formatVersion"))) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "不是本平台的完整导出包（format/formatVersion）");
            }
            String source = String.valueOf(manifest.get("schemaVersion"));
            if (!source.equals(schema.current())) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_SCHEMA_MISMATCH, "导出包为 " + source + "，本实例为 "
                        + schema.current() + "；请用与导出时相同版本的程序导入，再升级");
            }
            List<ArchiveTable> tables = contributions.stream().flatMap(c -> c.tables().stream()).toList();
            for (ArchiveTable table : tables) {
                if (!checked.entries().contains(entry(table))) {
                    throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "导出包缺少表 " + table.name() + " 的数据");
                }
            }
            refuseUnlessEmpty(tables);
            List<Written> written = new ArrayList<>();
            try {
                Map<String, Long> rows = tx.execute(status -> writeAll(zip, written));
                long files = written.size();
                restartIdentities(tables);
                contributions.forEach(ArchiveContribution::afterImport);
                events.publishEvent(new ArchiveImported(rows.values().stream().mapToLong(Long::longValue).sum(), files));
                return new Result(rows, files, checked.sha256(), source);
            } catch (RuntimeException e) {
                for (Written file : written) {
                    try {
                        file.store().remove(file.sha256());
                    } catch (IOException | RuntimeException ignored) {
                        // content-addressed bytes nobody refers to: harmless
                    }
                }
                throw e;
            }
        } catch (IOException e) {
            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "文件不是有效的 zip 导出包");
        }
    }

    private void refuseUnlessEmpty(List<ArchiveTable> tables) {
        List<String> filled = new ArrayList<>();
        for (ArchiveTable table : tables) {
            if (table.mode() == ArchiveTable.Mode.APPEND) {
                Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.name(), Long.class);
                if (n != null && n > 0) {
                    filled.add(table.name() + "（" + n + " 行）");
                }
            }
        }
        if (!filled.isEmpty()) {
            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_NOT_EMPTY, "已有数据的表："
                    + String.join("、", filled.subList(0, Math.min(5, filled.size())))
                    + (filled.size() > 5 ? " 等 " + filled.size() + " 个" : "")
                    + "。请在新数据库上以 gongkai.demo=false 启动后导入");
        }
    }

    /** A content this import stored, removed again when the import fails. */
    private record Written(ArchiveFiles store, String sha256) {}

    private Map<String, Long> writeAll(ZipFile zip, List<Written> written) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (ArchiveContribution contribution : contributions) {
            for (ArchiveTable table : contribution.tables()) {
                if (table.mode() == ArchiveTable.Mode.REPLACE) {
                    jdbc.update("DELETE FROM " + table.name());
                }
                rows.put(table.name(), new TableWriter(table, zip.getEntry(entry(table))).write(zip));
            }
            ArchiveFiles files = contribution.files();
            if (files != null) {
                storeFiles(zip, files, written);
            }
        }
        return rows;
    }

    private void storeFiles(ZipFile zip, ArchiveFiles files, List<Written> written) {
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.getName().startsWith("files/") || entry.isDirectory()) {
                continue;
            }
            String digest = entry.getName().substring("files/".length());
            MessageDigest sha = ArchiveCheck.sha256();
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                if (files.store(digest, in)) {
                    written.add(new Written(files, digest));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(digest)) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_CHECKSUM_MISMATCH, "文件 " + digest + " 的内容与其名称不符");
            }
        }
    }

    /** Identity columns continue after the highest imported id (after the commit: DDL commits on H2). */
    private void restartIdentities(List<ArchiveTable> tables) {
        for (ArchiveTable table : tables) {
            List<Column> columns = jdbc.query("SELECT * FROM " + table.name() + " WHERE 1 = 0",
                    (org.springframework.jdbc.core.ResultSetExtractor<List<Column>>) rs -> Column.of(rs.getMetaData()));
            for (Column c : columns == null ? List.<Column>of() : columns) {
                if (c.kind() != Column.Kind.INTEGER || !(c.identity() || c.name().equals("id"))) {
                    continue;
                }
                Long max = jdbc.queryForObject("SELECT COALESCE(MAX(" + c.name() + "), 0) FROM " + table.name(), Long.class);
                try {
                    jdbc.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + c.name() + " RESTART WITH "
                            + (max == null ? 1 : max + 1));
                } catch (DataAccessException e) {
                    log.debug("{}.{} is not an identity column: {}", table.name(), c.name(), e.getMessage());
                }
            }
        }
    }

    static String entry(ArchiveTable table) {
        return "data/" + table.name() + ".jsonl";
    }

    /** Reads one table's JSON lines and inserts them in batches. */
    private final class TableWriter {
        private final ArchiveTable table;
        private final ZipEntry entry;

        TableWriter(ArchiveTable table, ZipEntry entry) {
            this.table = table;
            this.entry = entry;
        }

        long write(ZipFile zip) {
            Map<String, Column> columns = new LinkedHashMap<>();
            List<Column> found = jdbc.query("SELECT * FROM " + table.name() + " WHERE 1 = 0",
                    (org.springframework.jdbc.core.ResultSetExtractor<List<Column>>) rs -> Column.of(rs.getMetaData()));
            (found == null ? List.<Column>of() : found).forEach(c -> columns.put(c.name(), c));
            RowInserter inserter = new RowInserter(jdbc, table, columns, BATCH);
            try (InputStream in = zip.getInputStream(entry)) {
                JsonLines lines = new JsonLines(in, limits.maxRowChars(), json, table.name());
                Map<String, Object> row;
                while ((row = lines.next()) != null) {
                    for (String key : row.keySet()) {
                        if (!columns.containsKey(key) || table.omitted().contains(key)) {
                            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table.name() + " 第 "
                                    + lines.number() + " 行含有本实例没有的列“" + ArchiveCheck.printable(key) + "”");
                        }
                    }
                    table.onImport().accept(row);
                    for (String column : table.encrypted()) {
                        Object clear = row.get(column);
                        if (clear != null) {
                            row.put(column, cipher.encrypt(clear.toString()));
                        }
                    }
                    inserter.add(row, lines.number());
                }
                return inserter.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
