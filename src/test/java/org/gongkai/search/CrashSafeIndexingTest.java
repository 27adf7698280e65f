package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gongkai.GongkaiApplication;
import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexing follows the index feed (decision 015): when indexing fails after the publishing transaction committed,
 * the index's cursor stays before the document's feed row and the document becomes searchable after a restart on the
 * same database and data directory. Uses a file H2 database of its own; the feed's timer and the scheduled commit
 * are slowed down to an hour so that each step happens when the test says.
 */
@Tag("integration")
class CrashSafeIndexingTest {

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        TestCatalogue.FAIL_READS.set(false);
    }

    ConfigurableApplicationContext start(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                        "--gongkai.data-dir=" + dir.resolve("data"),
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/gk")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--server.port=0", "--gongkai.search.feed.poll-interval=PT1H",
                        "--gongkai.search.commit-interval=PT1H"));
        args.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(GongkaiApplication.class, TestCatalogue.class)
                .profiles("test")
                .run(args.toArray(String[]::new)); // command-line arguments win over the test profile's database
    }

    /**
     * A document another instance published (its row and its feed row written in its transaction) is indexed by
     * this instance's follower; with {@code follow-others=false} (the test profile) it would be passed over.
     */
    @Test
    void documentsPublishedThroughAnotherInstanceAreFollowedFromTheFeed() {
        try (ConfigurableApplicationContext context = start("--gongkai.search.feed.follow-others=true")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long unitId = context.getBean(UnitDirectory.class).findAll().get(0).id();
            context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> { // the other instance
                TestCatalogue.insert(jdbc, 31, "关于开展冬季供暖检查的通知", "供暖检查。", unitId, null);
                jdbc.sql("INSERT INTO search_index_feed (document_id, recorded_at) VALUES (31, CURRENT_TIMESTAMP)")
                        .update();
            });
            assertThat(hits(context, "供暖检查")).isZero();
            assertThat(context.getBean(SearchIndexing.class).followFeed()).isEqualTo(1);
            assertThat(hits(context, "供暖检查")).isEqualTo(1);
            assertThat(rowsAfterTheCursor(context)).isZero();
        }
    }

    /** Writes the document and publishes the event in one transaction, as the catalogue does. */
    static void publish(ConfigurableApplicationContext context, long id, String title, String body, String number) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long unitId = context.getBean(UnitDirectory.class).findAll().get(0).id();
        context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            TestCatalogue.insert(jdbc, id, title, body, unitId, number);
            context.publishEvent(new CatalogueEvent.DocumentPublished(id, null, null, null));
        });
    }

    static long hits(ConfigurableApplicationContext context, String text) {
        return context.getBean(DocumentSearch.class).search(SearchQuery.text(text)).total();
    }

    /** Feed rows after the index's cursor: documents the index does not hold for sure. */
    static long rowsAfterTheCursor(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM search_index_feed WHERE id > ?")
                .param(context.getBean(SearchIndexing.class).feedCursor()).query(Long.class).single();
    }

    @Test
    void documentIndexedWhenPublishingReturnsAndAfterACrashOnRestart() {
        try (ConfigurableApplicationContext first = start()) {
            publish(first, 1, "关于开展春季植树造林活动的通知", "各乡镇要组织植树造林。", "示林发〔2024〕1号");
            assertThat(hits(first, "植树造林")).isEqualTo(1); // synchronous: searchable when the request returns

            TestCatalogue.FAIL_READS.set(true); // indexing breaks after the commit
            publish(first, 2, "关于加强森林防火工作的通知", "进入防火期后严禁野外用火。", "示林发〔2024〕2号");
            TestCatalogue.FAIL_READS.set(false);
            assertThat(hits(first, "森林防火")).isZero();
            assertThat(rowsAfterTheCursor(first)).isEqualTo(1);
        } // closing commits the index with the cursor before the failed row

        try (ConfigurableApplicationContext second = start()) {
            assertThat(hits(second, "森林防火")).isEqualTo(1);
            assertThat(hits(second, "示林发[2024]2号")).isEqualTo(1);
            assertThat(hits(second, "植树造林")).isEqualTo(1); // committed before: still there
            assertThat(rowsAfterTheCursor(second)).isZero();
        }
    }

    /** A failed indexing is retried by the follower while the application runs, not only at the next start. */
    @Test
    void aFailedIndexingIsRetriedFromTheFeed() {
        try (ConfigurableApplicationContext context = start()) {
            TestCatalogue.FAIL_READS.set(true);
            publish(context, 21, "关于做好秋季防火工作的通知", "秋季防火。", null);
            TestCatalogue.FAIL_READS.set(false);
            assertThat(hits(context, "秋季防火")).isZero();
            SearchIndexing indexing = context.getBean(SearchIndexing.class);
            assertThat(indexing.followFeed()).isEqualTo(1);
            assertThat(hits(context, "秋季防火")).isEqualTo(1);
            assertThat(rowsAfterTheCursor(context)).isZero();
        }
    }

    /**
     * One transaction that publishes many documents is one index write, searchable when the transaction's caller
     * returns; it is made durable by the scheduled commit, with the feed's cursor (decision 015), not by a commit of
     * its own.
     */
    @Test
    void aTransactionPublishingManyDocumentsIsIndexedWithOneCommit() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long unitId = context.getBean(UnitDirectory.class).findAll().get(0).id();
            long before = commitGeneration();
            context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                for (int i = 1; i <= 40; i++) {
                    TestCatalogue.insert(jdbc, 100 + i, "第" + i + "号水利工程公告", "水库除险加固工程第" + i + "标段。", unitId,
                            null);
                    context.publishEvent(new CatalogueEvent.DocumentPublished(100 + i, null, null, null));
                }
            });
            assertThat(hits(context, "除险加固")).isEqualTo(40); // searchable when the transaction's caller returns
            assertThat(commitGeneration()).isEqualTo(before);
            assertThat(rowsAfterTheCursor(context)).isZero();
            context.getBean(SearchIndexing.class).commitIndex();
            assertThat(commitGeneration()).isEqualTo(before + 1);
            assertThat(committedCursor()).isEqualTo(context.getBean(SearchIndexing.class).feedCursor());
        }
    }

    long committedCursor() throws java.io.IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve("data/index"))) {
            return Long.parseLong(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData()
                    .get(IndexFollower.CURSOR));
        }
    }

    long commitGeneration() throws java.io.IOException {
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir.resolve("data/index"))) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getGeneration();
        }
    }

    @Test
    void withdrawnDocumentsLeaveTheIndexAndRebuildRestoresFromTheDatabase() {
        try (ConfigurableApplicationContext context = start()) {
            publish(context, 11, "关于调整城乡低保标准的通知", "提高最低生活保障标准。", null);
            publish(context, 12, "关于做好防汛工作的通知", "汛期值班。", null);
            assertThat(hits(context, "低保")).isEqualTo(1);

            JdbcClient jdbc = context.getBean(JdbcClient.class);
            context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
                jdbc.sql("UPDATE test_published_document SET public_now = FALSE WHERE id = 11").update();
                context.publishEvent(new CatalogueEvent.DocumentWithdrawn(11));
            });
            assertThat(hits(context, "低保")).isZero();

            // the index is lost (e.g. the directory was damaged) and rebuilt from the database
            SearchBackend backend = context.getBean(SearchBackend.class);
            backend.rebuild(sink -> { });
            assertThat(hits(context, "防汛")).isZero();
            long count = context.getBean(SearchIndexing.class).rebuild();
            long guides = jdbc.sql("SELECT COUNT(*) FROM services_item WHERE status = 'PUBLISHED'").query(Long.class)
                    .single(); // the demo hall's guides share the index (decision 032)
            assertThat(count).isEqualTo(1 + guides);
            assertThat(hits(context, "防汛")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SEARCH_INDEX_REBUILT'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    /**
     * The daily prune deletes feed rows older than the retention; an instance stopped for longer than that finds its
     * cursor behind the oldest row left and rebuilds its index at start, so a document whose only feed row was pruned
     * is searchable again.
     */
    @Test
    void anIndexWhoseCursorIsBehindThePrunedFeedIsRebuiltAtStart() {
        long cursor;
        try (ConfigurableApplicationContext first = start()) {
            publish(first, 951, "关于开展耕地保护检查的通知", "耕地保护。", null);
            SearchIndexing indexing = first.getBean(SearchIndexing.class);
            cursor = indexing.feedCursor();
            // another instance publishes two documents this one does not follow (its timer is slowed down); the feed
            // rows up to the first one's are older than the retention and are pruned
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            java.time.Instant now = first.getBean(java.time.Clock.class).instant();
            long unitId = first.getBean(UnitDirectory.class).findAll().get(0).id();
            TestCatalogue.insert(jdbc, 952, "关于做好秸秆禁烧工作的通知", "秸秆禁烧。", unitId, null);
            TestCatalogue.insert(jdbc, 953, "关于开展河道清淤的通知", "河道清淤。", unitId, null);
            String feed = "INSERT INTO search_index_feed (document_id, recorded_at) VALUES (?, ?)";
            jdbc.sql(feed).params(952, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(8)))).update();
            jdbc.sql(feed).params(953, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(6)))).update();
            long kept = jdbc.sql("SELECT id FROM search_index_feed WHERE document_id = 953").query(Long.class).single();
            indexing.pruneFeed();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM search_index_feed WHERE document_id = 952").query(Long.class)
                    .single()).isZero();
            assertThat(jdbc.sql("SELECT id FROM search_index_feed").query(Long.class).list())
                    .as("the rows up to the newest old one go, even those recorded later").containsExactly(kept);
            assertThat(hits(first, "秸秆禁烧")).isZero();
        } // closing commits the index with the cursor before both rows

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT MIN(id) FROM search_index_feed").query(Long.class).single())
                    .isGreaterThan(cursor + 1);
            assertThat(hits(second, "秸秆禁烧")).isEqualTo(1); // its feed row is gone: only the rebuild found it
            assertThat(hits(second, "河道清淤")).isEqualTo(1);
            assertThat(hits(second, "耕地保护")).isEqualTo(1);
            assertThat(rowsAfterTheCursor(second)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'SEARCH_INDEX_REBUILT' AND actor = "
                    + "'system'").query(Long.class).single()).isEqualTo(1);
        }
    }
}
