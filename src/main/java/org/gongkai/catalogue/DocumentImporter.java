package org.gongkai.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportTemplate;
import org.gongkai.imports.TableReader;
import org.gongkai.imports.TableRow;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of legacy catalogues (issue #3 §5) from CSV, XLSX or JSON lines through the one streaming
 * {@link TableReader}, {@link #BATCH_SIZE} rows at a time ({@link ImportBatches}, issue #13) so 100,000 rows neither
 * exhaust memory nor cost a query each. Every row is checked by {@link DocumentRowCheck}; all rows are written in
 * one transaction that is rolled back when any row fails, and the {@link ImportReport} names row and column. Imported documents count as published on {@code publishedOn},
 * keep a given {@code indexNumber} (or get one) and emit {@link CatalogueEvent.DocumentPublished}. With an
 * idempotency key the key is stored in the same transaction, so a retry returns the first report (issue #8 §7).
 */
@Service
public class DocumentImporter {

    public static final List<String> COLUMNS = List.of("title", "publisherCode", "documentNumber", "writtenOn",
            "publishedOn", "topic", "category", "genre", "keywords", "validity", "summary", "body", "indexNumber",
            "newVersionOf", "interprets");

    /** The template of {@code /console/catalogue/import/template.{csv,xlsx}}. */
    public static final ImportTemplate TEMPLATE = new ImportTemplate("catalogue-template", List.of(
            column("title", true, "标题"),
            column("publisherCode", true, "发布机构的统一社会信用代码（须是您任信息员的单位）"),
            column("documentNumber", false, "发文字号（文号）；同一发布机构的文号不能重复"),
            column("writtenOn", true, "成文日期，YYYY-MM-DD"),
            column("publishedOn", true, "发布日期，YYYY-MM-DD，不晚于今天"),
            column("topic", true, "主题分类，一级\\二级"),
            column("category", false, "信息类别"),
            column("genre", false, "体裁"),
            column("keywords", false, "关键词，以分号分隔"),
            column("validity", true, "有效性：有效、失效、废止或修订"),
            column("summary", false, "内容概述"),
            column("body", true, "正文（HTML 或纯文本）"),
            column("indexNumber", false, "索引号；留空则自动编号"),
            column("newVersionOf", false, "如本行是已有文件的新版本（沿用其文号），填写原文件的索引号"),
            column("interprets", false, "如本行是政策解读，填写被解读文件的索引号（该文件须已公开）")),
            List.of("示例县人民政府办公室关于做好政务公开工作的通知", "11990101100100148H", "示政办发〔2019〕3号", "2019-03-01",
                    "2019-03-05", "综合政务\\政务公开", "行政规范性文件", "通知", "政务公开;通知", "有效", "内容概述", "<p>正文</p>",
                    "", "", ""));

    /** Rows checked and written together (one query per lookup, one JDBC batch per table, then their events). */
    static final int BATCH_SIZE = 1_000;

    private final DocumentRepository documents;
    private final IndexNumbers indexNumbers;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DocumentImporter(DocumentRepository documents, IndexNumbers indexNumbers, UnitDirectory units, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.documents = documents;
        this.indexNumbers = indexNumbers;
        this.units = units;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public static ImportFormat detect(String filename, String contentType) {
        return ImportFormat.detect(filename, contentType);
    }

    /** Imports for a signed-in editor: publishers must be units where the actor is an editor. */
    public ImportReport importFor(Actor actor, InputStream in, ImportFormat format) {
        return importFor(actor, in, format, IdempotencyKeys.Claim.NONE);
    }

    /** As {@link #importFor(Actor, InputStream, ImportFormat)}, remembering the idempotency key with the rows. */
    public ImportReport importFor(Actor actor, InputStream in, ImportFormat format, IdempotencyKeys.Claim claim) {
        Set<Long> allowed = units.visibleUnits(actor, Role.EDITOR);
        if (allowed.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有信息员可以导入公开目录");
        }
        ImportReport report = run(in, format, allowed, actor.username(), claim, BATCH_SIZE);
        if (report.completed()) {
            // audited in its own small transaction after the rows committed (the rows' transaction is closed)
            tx.executeWithoutResult(s -> audit.success("DocumentsImported", "Document", null,
                    format + " 导入 " + report.imported() + " 条"));
        } else {
            tx.executeWithoutResult(s -> audit.record("DocumentsImported", "Document", null, AuditLog.Outcome.FAILURE,
                    format + " 导入失败：" + report.errors().size() + (report.moreErrors() ? "+" : "") + " 处错误，所有行均未写入"));
        }
        return report;
    }

    /** Imports with an explicit set of allowed publisher units (null = any unit), e.g. for demo content. */
    ImportReport run(InputStream in, ImportFormat format, Set<Long> allowedUnits, String by) {
        return run(in, format, allowedUnits, by, IdempotencyKeys.Claim.NONE, BATCH_SIZE);
    }

    /** As {@link #run(InputStream, ImportFormat, Set, String)} with batches of {@code batchSize} rows (tests). */
    ImportReport run(InputStream in, ImportFormat format, Set<Long> allowedUnits, String by,
            IdempotencyKeys.Claim claim, int batchSize) {
        ImportReport.Errors errors = new ImportReport.Errors();
        KnownDocuments known = new KnownDocuments(documents);
        DocumentRowCheck check = new DocumentRowCheck(known, units, allowedUnits, LocalDate.now(clock), errors);
        ImportBatches batches = new ImportBatches(batchSize, check, known, documents, indexNumbers, events, errors,
                clock, by);
        return tx.execute(status -> {
            try {
                TableReader.read(in, format, 0, new TableReader.Sink() {
                    @Override
                    public boolean header(TableRow header) {
                        return check.header(header.cells().stream().map(c -> c == null ? "" : c.strip()).toList());
                    }

                    @Override
                    public void row(TableRow row) {
                        batches.row(row);
                    }

                    @Override
                    public void malformed(int row, String message) {
                        batches.malformed(row, message);
                    }
                });
                batches.flush();
            } catch (GongkaiException e) {
                batches.flush(); // the rows read before the file failed are reported first, as they were read
                errors.add(0, "file", e.getMessage());
            }
            if (batches.read() == 0 && errors.isEmpty()) {
                errors.add(0, "file", "文件中没有数据行");
            }
            ImportReport r = errors.report(batches.read(), batches.written());
            if (r.completed()) {
                claim.remember(r);
            } else {
                status.setRollbackOnly();
            }
            return r;
        });
    }

    private static ImportTemplate.Column column(String name, boolean required, String description) {
        return new ImportTemplate.Column(name, required, description);
    }
}
