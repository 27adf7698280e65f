package org.gongkai.services.items;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.BoundedInput;
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
 * The import of service items (JSON lines, one item per line, read with the one table reader): every line is read
 * and checked ({@link ItemLines}, {@link ItemCheck}) before anything is written; then all items are written in one
 * transaction, published at once (the import is the reviewed act) with their first version, or none is. The
 * importer's scope is the units where it is a service officer; the demo items use the same path with any unit.
 */
@Service
public class ServiceItemImport {

    /** Most items in one import. */
    public static final int MAX_LINES = 2_000;
    /** Largest body read. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /** The report and, when completed, the codes written in input order (what a retry with the same key gets). */
    public record Imported(ImportReport report, List<String> codes) {}

    private final ServiceItemRepository items;
    private final ItemLookups lookups;
    private final UnitDirectory units;
    private final ServiceItemSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ServiceItemImport(ServiceItemRepository items, ItemLookups lookups, UnitDirectory units, ServiceItemSettings settings, AuditLog audit,
            TransactionTemplate tx, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.items = items;
        this.lookups = lookups;
        this.units = units;
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Imports JSON lines for a signed-in service officer: each item's unit must be one where it is a service officer. */
    public Imported importFor(Actor actor, InputStream in, IdempotencyKeys.Claim claim) {
        return audited(actor, scope -> run(in, scope::contains, actor.username(), claim));
    }

    /**
     * Imports a CSV or XLSX table ({@link ItemTableRows}: one row per item, the materials in one column) for a signed-in
     * service officer; JSON lines go to {@link #importFor(Actor, InputStream, IdempotencyKeys.Claim)}.
     */
    public Imported importFor(Actor actor, InputStream in, ImportFormat format, IdempotencyKeys.Claim claim) {
        if (format == ImportFormat.JSONL) {
            return importFor(actor, in, claim);
        }
        return audited(actor, scope -> run(scope::contains, actor.username(), claim, ItemTableRows::column,
                (errors, each) -> TableReader.read(BoundedInput.of(in, MAX_BYTES), format, MAX_LINES,
                        new TableReader.Sink() {
                            @Override
                            public boolean header(TableRow header) {
                                for (String c : ItemTableRows.unknownColumns(header)) {
                                    errors.add(header.number(), ItemLines.shorten(c), "未知的列“" + ItemLines.shorten(c)
                                            + "”，列名请与导入模板一致");
                                }
                                return true;
                            }

                            @Override
                            public void row(TableRow row) {
                                each.line(row.number(), ItemTableRows.line(row));
                            }
                        })));
    }

    /** The template of the table import ({@code …/import/template.csv} and {@code .xlsx}). */
    public static ImportTemplate template() {
        return ItemTableRows.TEMPLATE;
    }

    private Imported audited(Actor actor, java.util.function.Function<Set<Long>, Imported> body) {
        Set<Long> scope = units.visibleUnits(actor, Role.SERVICE_OFFICER);
        if (scope.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有政务服务人员可以导入服务事项");
        }
        Imported imported = body.apply(scope);
        if (!imported.report().completed()) {
            ImportReport r = imported.report();
            tx.executeWithoutResult(s -> audit.record("SERVICE_ITEMS_IMPORTED", "ServiceItem", null,
                    AuditLog.Outcome.FAILURE, "导入失败：" + r.errors().size() + (r.moreErrors() ? "+" : "")
                            + " 处错误，所有行均未写入"));
        }
        return imported;
    }

    /** Hands each line (row number, JSON text of an import line) of a file to the import. */
    interface Source {
        void read(ImportReport.Errors errors, LineSink each);
    }

    interface LineSink {
        void line(int row, String json);
    }

    /** Reads, checks and (when every line is right) writes; {@code inScope} says which units may implement items. */
    Imported run(InputStream in, LongPredicate inScope, String by, IdempotencyKeys.Claim claim) {
        return run(inScope, by, claim, UnaryOperator.identity(), (errors, each) -> TableReader.jsonLines(
                BoundedInput.of(in, MAX_BYTES), MAX_LINES, each::line));
    }

    /** {@code column} names the place of a problem at an import member (the member itself, or a table's header). */
    private Imported run(LongPredicate inScope, String by, IdempotencyKeys.Claim claim, UnaryOperator<String> column,
            Source source) {
        ImportReport.Errors errors = new ImportReport.Errors();
        List<ItemLines.Line> lines = new ArrayList<>();
        ItemLines reader = new ItemLines(lookups, inScope, settings);
        int[] read = {0};
        source.read(errors, (row, text) -> {
            read[0]++;
            reader.read(row, text, (field, message) -> errors.add(row, column.apply(field), message))
                    .ifPresent(lines::add);
        });
        if (read[0] == 0) {
            errors.add(0, "file", "没有可导入的行");
        }
        Map<String, Integer> firstRow = new HashMap<>();
        for (ItemLines.Line line : lines) {
            Integer first = firstRow.putIfAbsent(line.code(), line.row());
            if (first != null) {
                errors.add(line.row(), column.apply("code"), "事项编码“" + line.code() + "”与第 " + first + " 行重复");
            }
        }
        for (String taken : items.existingCodes(firstRow.keySet())) {
            errors.add(firstRow.get(taken), column.apply("code"), "事项编码“" + taken + "”已存在；修改已发布的事项请使用事项编辑");
        }
        ImportReport report = errors.report(read[0], lines.size());
        if (!report.completed()) {
            return new Imported(report, List.of());
        }
        return tx.execute(status -> {
            Instant now = clock.instant();
            List<String> codes = new ArrayList<>();
            for (ItemLines.Line line : lines) {
                long id = items.insert(line.code(), line.content(), by, now);
                items.insertVersion(id, 1, VersionStatus.APPROVED, line.content(), "导入", by, now, by, now);
                events.publishEvent(new ServiceItemPublished(id, line.code(), 1)); // in the transaction: search's feed
                codes.add(line.code());
            }
            String detail = "导入并发布服务事项 " + codes.size() + " 项：" + summary(codes);
            if (Actor.current().isPresent()) {
                audit.success("SERVICE_ITEMS_IMPORTED", "ServiceItem", null, detail);
            } else {
                audit.recordAs(by, "SERVICE_ITEMS_IMPORTED", "ServiceItem", null, AuditLog.Outcome.SUCCESS, detail);
            }
            Imported done = new Imported(report, List.copyOf(codes));
            claim.remember(done);
            return done;
        });
    }

    private static String summary(List<String> codes) {
        return codes.size() <= 50 ? String.join(",", codes) : String.join(",", codes.subList(0, 50)) + " 等";
    }
}
