package org.gongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.gongkai.catalogue.PublishedDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST ONLY: a stand-in for the catalogue's {@link PublishedDocuments}, backed by real rows in a test table,
 * with a switch that makes reading fail (a crash while indexing). Deliberately not a {@code @Configuration}:
 * component scanning must not pick it up; {@link CrashSafeIndexingTest} adds it as a source explicitly.
 */
class TestCatalogue {

    static final AtomicBoolean FAIL_READS = new AtomicBoolean();

    @Bean
    @Primary
    PublishedDocuments testPublishedDocuments(JdbcClient jdbc) {
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS test_published_document (
                    id BIGINT PRIMARY KEY, title VARCHAR(500) NOT NULL, body TEXT, unit_id BIGINT NOT NULL,
                    document_number VARCHAR(100), published_on DATE NOT NULL, public_now BOOLEAN NOT NULL)""").update();
        return new PublishedDocuments() {
            @Override
            public Optional<PublishedDocument> findPublished(long documentId) {
                if (FAIL_READS.get()) {
                    throw new IllegalStateException("simulated crash while indexing");
                }
                return jdbc.sql("SELECT * FROM test_published_document WHERE id = :id AND public_now")
                        .param("id", documentId).query((rs, n) -> map(rs)).optional();
            }

            @Override
            public List<Reference> referencesByIndexNumber(java.util.Collection<String> indexNumbers) {
                return jdbc.sql("SELECT id, title FROM test_published_document WHERE public_now").query((rs, n) ->
                        new Reference(rs.getLong(1), "TEST/" + rs.getLong(1), rs.getString(2))).stream()
                        .filter(r -> indexNumbers.contains(r.indexNumber())).toList();
            }

            @Override
            public void forEachPublished(Consumer<PublishedDocument> consumer) {
                jdbc.sql("SELECT * FROM test_published_document WHERE public_now ORDER BY id")
                        .query((rs, n) -> map(rs)).stream().forEach(consumer);
            }
        };
    }

    static void insert(JdbcClient jdbc, long id, String title, String body, long unitId, String number) {
        jdbc.sql("INSERT INTO test_published_document VALUES (:id, :title, :body, :unit, :number, :on, TRUE)")
                .param("id", id).param("title", title).param("body", body).param("unit", unitId)
                .param("number", number).param("on", LocalDate.of(2024, 4, 1)).update();
    }

    private static PublishedDocuments.PublishedDocument map(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate on = rs.getObject("published_on", LocalDate.class);
        return new PublishedDocuments.PublishedDocument(rs.getLong("id"), "TEST/" + rs.getLong("id"),
                rs.getString("title"), null, rs.getString("body"), null, rs.getLong("unit_id"), "测试单位",
                rs.getString("document_number"), on, on, "综合政务\\其他", "其他", "通知", List.of("测试"), "有效",
                "/openness/documents/" + rs.getLong("id"));
    }
}
