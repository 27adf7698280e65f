package org.gongkai.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Table previews of spreadsheet attachments, rendered once (issue #8 class 4): the first view parses the file
 * and the result is kept by the files module next to the file (SM4-encrypted, like its extracted text); every
 * later view reads the stored preview. A preview holds at most {@link SpreadsheetTables#MAX_ROWS} rows per
 * sheet and the count of all rows; the full sheet is a CSV download, also rendered once.
 */
@Component
public class TablePreviews {

    /** A CSV download of one sheet. */
    public record Csv(String fileName, byte[] bytes) {}

    static final String PREVIEW = "tables-v1";
    private static final Logger log = LoggerFactory.getLogger(TablePreviews.class);

    private final ObjectProvider<FileStore> files;
    private final AtomicLong parses = new AtomicLong();

    TablePreviews(ObjectProvider<FileStore> files) {
        this.files = files;
    }

    /** The sheets of a spreadsheet attachment (empty when it is not one or cannot be read). */
    public List<SpreadsheetTables.Table> preview(Attachment a) {
        FileStore store = files.getIfAvailable();
        if (store == null || !a.isSpreadsheet()) {
            return List.of();
        }
        return SpreadsheetTables.parse(store.derived(a.fileId(), PREVIEW, in -> {
            parses.incrementAndGet();
            return SpreadsheetTables.write(readOrEmpty(a, in, SpreadsheetTables.MAX_ROWS));
        }));
    }

    /** One sheet as CSV with all its rows (up to {@link SpreadsheetTables#MAX_CSV_ROWS}). */
    public Optional<Csv> csv(Attachment a, int sheet) {
        FileStore store = files.getIfAvailable();
        if (store == null || !a.isSpreadsheet() || sheet < 0 || sheet >= preview(a).size()) {
            return Optional.empty();
        }
        String sheetName = preview(a).get(sheet).sheet();
        byte[] csv = store.derived(a.fileId(), "csv-v1-" + sheet, in -> {
            parses.incrementAndGet();
            List<SpreadsheetTables.Table> all = readOrEmpty(a, in, SpreadsheetTables.MAX_CSV_ROWS);
            return sheet < all.size() ? SpreadsheetTables.csv(all.get(sheet)).getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
        });
        return Optional.of(new Csv(a.name().replaceAll("\\.[^.]+$", "") + "-" + sheetName + ".csv", csv));
    }

    private static List<SpreadsheetTables.Table> readOrEmpty(Attachment a, java.io.InputStream in, int rows) {
        try {
            return SpreadsheetTables.read(in, rows);
        } catch (RuntimeException unreadable) {
            log.warn("Attachment {} cannot be read as a spreadsheet: {}", a.id(), unreadable.toString());
            return List.of();
        }
    }

    /** How many times a spreadsheet was parsed since start (for tests and diagnostics). */
    long parses() {
        return parses.get();
    }
}
