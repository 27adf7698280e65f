package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableRow;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The rows of one import, checked and written a batch at a time inside the import's one transaction (issue #13): for
 * each batch, what the database holds of the batch's 文号 and 索引号 is read with one query each, the 索引号 the
 * batch needs are taken from each unit's sequence at once, every row is checked in file order exactly as before
 * ({@link DocumentRowCheck}, the rows accepted earlier counting as held), the accepted rows are inserted with JDBC
 * batches, and then one {@link CatalogueEvent.DocumentPublished} is published per document. At most one batch of rows
 * is held in memory.
 */
final class ImportBatches {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final int size;
    private final DocumentRowCheck check;
    private final KnownDocuments known;
    private final DocumentRepository documents;
    private final IndexNumbers indexNumbers;
    private final ApplicationEventPublisher events;
    private final ImportReport.Errors errors;
    private final Clock clock;
    private final String by;
    private final List<TableRow> pending = new ArrayList<>();
    private final Map<IndexNumbers.Sequence, ArrayDeque<String>> reserved = new HashMap<>();
    private int read;
    private int written;

    ImportBatches(int size, DocumentRowCheck check, KnownDocuments known, DocumentRepository documents,
            IndexNumbers indexNumbers, ApplicationEventPublisher events, ImportReport.Errors errors, Clock clock,
            String by) {
        this.size = Math.max(1, size);
        this.check = check;
        this.known = known;
        this.documents = documents;
        this.indexNumbers = indexNumbers;
        this.events = events;
        this.errors = errors;
        this.clock = clock;
        this.by = by;
    }

    void row(TableRow row) {
        read++;
        pending.add(row);
        if (pending.size() >= size) {
            flush();
        }
    }

    /** A row the reader could not read: reported after the rows before it. */
    void malformed(int row, String message) {
        read++;
        flush();
        errors.add(row, "", message);
    }

    int read() {
        return read;
    }

    int written() {
        return written;
    }

    /** Checks and writes the pending rows. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<TableRow> rows = List.copyOf(pending);
        pending.clear();
        Set<String> numbers = new HashSet<>();
        Set<String> indexNumbersOfRows = new HashSet<>();
        for (TableRow row : rows) {
            add(numbers, row.text("documentNumber"), 200);
            add(indexNumbersOfRows, row.text("indexNumber"), 100);
            add(indexNumbersOfRows, row.text("newVersionOf"), Integer.MAX_VALUE);
        }
        indexNumbersOfRows.addAll(reserve(rows));
        known.load(numbers, indexNumbersOfRows);

        List<String> bodies = sanitizedBodies(rows);
        List<DocumentRowCheck.Candidate> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            Optional<DocumentRowCheck.Candidate> ok = check.check(row, bodies.get(i));
            if (ok.isPresent()) {
                DocumentRowCheck.Candidate c = ok.get();
                if (c.indexNumber() == null) {
                    c = c.withIndexNumber(assign(c.unit(), c.publishedOn()));
                }
                known.accepted(c.unit().id(), c.content().documentNumber(), c.content().title(), c.indexNumber());
                accepted.add(c);
            }
        }
        reserved.clear();
        write(accepted);
    }

    /**
     * The batch's bodies sanitised on every core (the sanitiser is a third of the write path's CPU time, and the rest
     * of the batch is one thread's work); nulls while a row has failed, as then nothing is written.
     */
    private List<String> sanitizedBodies(List<TableRow> rows) {
        if (!errors.isEmpty()) {
            return java.util.Collections.nCopies(rows.size(), null);
        }
        return rows.parallelStream().map(row -> {
            String body = row.text("body");
            return body == null ? null : BodyHtml.sanitize(body);
        }).toList();
    }

    private static void add(Set<String> values, String value, int maxLength) {
        if (value != null && value.length() <= maxLength) {
            values.add(value);
        }
    }

    /**
     * Takes from each unit's sequence as many values as the batch has rows without a 索引号 (while no row failed:
     * otherwise nothing is written), and answers the numbers they make, so that the batch's query asks for them too.
     */
    private List<String> reserve(List<TableRow> rows) {
        reserved.clear();
        if (!errors.isEmpty()) {
            return List.of();
        }
        Map<IndexNumbers.Sequence, Integer> counts = new HashMap<>();
        Map<IndexNumbers.Sequence, UnitView> unitOf = new HashMap<>();
        Map<IndexNumbers.Sequence, LocalDate> dayOf = new HashMap<>();
        for (TableRow row : rows) {
            String code = row.text("publisherCode");
            LocalDate on = DocumentRowCheck.parseDate(row.text("publishedOn"));
            if (row.text("indexNumber") != null || code == null || on == null) {
                continue;
            }
            Optional<UnitView> unit = check.unit(code);
            if (unit.isPresent()) {
                IndexNumbers.Sequence s = indexNumbers.sequence(unit.get().id(), on);
                counts.merge(s, 1, Integer::sum);
                unitOf.putIfAbsent(s, unit.get());
                dayOf.putIfAbsent(s, on);
            }
        }
        List<String> candidates = new ArrayList<>();
        indexNumbers.take(counts).forEach((s, last) -> {
            ArrayDeque<String> block = new ArrayDeque<>();
            for (int v = last - counts.get(s) + 1; v <= last; v++) {
                String number = indexNumbers.format(unitOf.get(s).creditCode(), dayOf.get(s), v);
                block.add(number);
                candidates.add(number);
            }
            reserved.put(s, block);
        });
        return candidates;
    }

    /** The next free 索引号 of the unit's sequence: from the batch's block, else taken one by one as before. */
    private String assign(UnitView unit, LocalDate on) {
        IndexNumbers.Sequence s = indexNumbers.sequence(unit.id(), on);
        ArrayDeque<String> block = reserved.getOrDefault(s, new ArrayDeque<>());
        while (!block.isEmpty()) {
            String candidate = block.poll();
            if (!known.indexNumberTaken(candidate)) {
                return candidate;
            }
        }
        while (true) {
            String candidate = indexNumbers.format(unit.creditCode(), on, indexNumbers.take(Map.of(s, 1)).get(s));
            if (!known.indexNumberTaken(candidate)) {
                return candidate;
            }
        }
    }

    private void write(List<DocumentRowCheck.Candidate> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        List<Document> batch = new ArrayList<>(accepted.size());
        for (DocumentRowCheck.Candidate c : accepted) {
            Instant at = c.publishedOn().atStartOfDay(ZONE).toInstant();
            batch.add(Document.imported(c.unit().id(), c.content(), c.publishedOn(), at, c.indexNumber(), by,
                    clock.instant()));
        }
        documents.insertAll(batch);
        documents.insertFirstVersions(batch, by);
        for (Document d : batch) {
            events.publishEvent(new CatalogueEvent.DocumentPublished(d.id(), d.unitId(), d.content().writtenOn(),
                    d.publishedOn()));
        }
        written += batch.size();
    }
}
