package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The import writes a batch of rows at a time (issue #13) and the user sees nothing of it: across batch boundaries
 * (here batches of 2 or 3 rows) an earlier row counts as held exactly as when rows were written one by one, the
 * report of a failing file is the same whatever the batch size, 索引号 follow the unit's sequence without gaps, one
 * event is published per document, and a failing last batch leaves nothing of the earlier ones.
 */
@IntegrationTest
@RecordApplicationEvents
class ImportBatchesTest {

    @Autowired
    DocumentImporter importer;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    String tag;
    long office;

    @BeforeEach
    void tag() {
        tag = CatalogueFixtures.unique("批");
        office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
    }

    String line(String title, String number, String publishedOn, String extra) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", %s\"writtenOn\": \"2011-03-01\", "
                + "\"publishedOn\": \"%s\", \"topic\": \"综合政务\\\\政务公开\", \"validity\": \"有效\", "
                + "\"body\": \"<p>正文</p>\"%s}\n").formatted(tag + title, CatalogueFixtures.OFFICE,
                number == null ? "" : "\"documentNumber\": \"" + tag + number + "\", ", publishedOn, extra);
    }

    ImportReport run(String file, int batchSize) {
        return importer.run(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), ImportFormat.JSONL,
                Set.of(office), "batch-test", IdempotencyKeys.Claim.NONE, batchSize);
    }

    String indexNumber(String title) {
        return jdbc.sql("SELECT index_number FROM catalogue_document WHERE title = ?").param(tag + title)
                .query(String.class).single();
    }

    int lastValue(String period) {
        return jdbc.sql("SELECT COALESCE(MAX(last_value), 0) FROM catalogue_index_sequence WHERE unit_id = ? "
                + "AND seq_period = ?").params(office, period).query(Integer.class).single();
    }

    @Test
    void rowsOfEarlierBatchesCountAsHeldAndNumbersFollowTheSequenceWithoutGaps() {
        int before = lastValue("2011");
        String kept = "KEPT-" + tag;
        String file = line("一", "1号", "2011-03-05", ", \"indexNumber\": \"" + kept + "\"")
                + line("二", "2号", "2011-03-05", "")
                + line("三", "3号", "2011-03-05", "")
                + line("四", "4号", "2011-03-05", "") // batch 2
                + line("五", "1号", "2011-03-05", ", \"newVersionOf\": \"" + kept + "\"") // new version, earlier batch
                + line("六", "6号", "2011-03-05", "")
                + line("七", null, "2011-03-05", ""); // batch 3
        ImportReport report = run(file, 3);

        assertThat(report.errors()).isEmpty();
        assertThat(report.completed()).isTrue();
        assertThat(report.imported()).isEqualTo(7);
        assertThat(indexNumber("一")).isEqualTo(kept);
        List<String> assigned = List.of("二", "三", "四", "五", "六", "七").stream().map(this::indexNumber).toList();
        List<String> expected = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> String.format("%s/2011-%05d", CatalogueFixtures.OFFICE, before + i)).toList();
        assertThat(assigned).isEqualTo(expected);
        assertThat(lastValue("2011")).isEqualTo(before + 6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_version v JOIN catalogue_document d ON d.id = v.document_id "
                + "WHERE d.title LIKE ? AND v.version = 1").param(tag + "%").query(Long.class).single()).isEqualTo(7);

        List<Long> ids = jdbc.sql("SELECT id FROM catalogue_document WHERE title LIKE ? ORDER BY id")
                .param(tag + "%").query(Long.class).list();
        assertThat(events.stream(CatalogueEvent.DocumentPublished.class).map(CatalogueEvent::documentId).toList())
                .as("one event per document, in file order").isEqualTo(ids);
    }

    @Test
    void anIndexNumberAssignedToAnEarlierRowOfTheBatchIsTakenForALaterRow() {
        int before = lastValue("2012");
        String next = String.format("%s/2012-%05d", CatalogueFixtures.OFFICE, before + 1);
        // row 1 gets the next number of the sequence; row 2 asks for the same number explicitly
        String file = line("甲", "甲号", "2012-03-05", "")
                + line("乙", "乙号", "2012-03-05", ", \"indexNumber\": \"" + next + "\"");
        for (int size : new int[] {1, 2}) {
            ImportReport report = run(file, size);
            assertThat(report.completed()).isFalse();
            assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "indexNumber"));
            assertThat(report.errors().get(0).message()).contains("已被使用");
        }
        assertThat(lastValue("2012")).as("rolled back with the rows").isEqualTo(before);
    }

    @Test
    void aFailingFileGivesTheSameReportWhateverTheBatchSizeAndWritesNothing() {
        String held = "HELD-" + tag;
        assertThat(run(line("旧", "旧号", "2013-01-05", ", \"indexNumber\": \"" + held + "\""), 1000).completed())
                .isTrue();
        String file = line("a", "a号", "2013-03-05", "")
                + line("b", "a号", "2013-03-05", "") // 文号 twice in the file
                + "不是 JSON\n" // malformed, between batches or inside one
                + line("c", "旧号", "2013-03-05", "") // 文号 held in the database
                + line("d", "旧号", "2013-03-05", ", \"newVersionOf\": \"NOPE-" + tag + "\"")
                + line("e", "e号", "2013-03-05", ", \"indexNumber\": \"" + held + "\"") // 索引号 held
                + line("f", "f号", "2013-02-30", "") // no such day
                + line("g", "a号", "2013-03-05", ", \"newVersionOf\": \"" + held + "\"") // not that document's number
                + line("h", "h号", "2013-03-05", "");
        ImportReport one = run(file, 1);
        assertThat(one.completed()).isFalse();
        assertThat(one.errors()).extracting(ImportReport.RowError::row).containsExactly(2, 3, 4, 5, 5, 6, 7, 8);
        for (int size : new int[] {2, 3, 1000}) {
            assertThat(run(file, size)).as("batches of " + size).isEqualTo(one);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE title LIKE ?").param(tag + "%")
                .query(Long.class).single()).as("only the document imported first").isEqualTo(1);
    }

    @Test
    void anErrorInTheLastBatchLeavesNothingOfTheEarlierBatches() {
        int before = lastValue("2014");
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            file.append(line("行" + i, i + "号", "2014-03-05", ""));
        }
        file.append(line("坏", "7号", "2014-03-05", "").replace("综合政务\\\\政务公开", "乱写"));
        ImportReport report = run(file.toString(), 2);
        assertThat(report.completed()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportReport.RowError::row, ImportReport.RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "topic"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE title LIKE ?").param(tag + "%")
                .query(Long.class).single()).isZero();
        assertThat(lastValue("2014")).isEqualTo(before);
    }
}
