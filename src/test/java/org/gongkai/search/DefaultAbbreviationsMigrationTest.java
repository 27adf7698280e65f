package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue #10: the default abbreviation groups (V33_1) are there after migration, and the migration adds a group only
 * where no group holds its short or full form yet, so it never duplicates or changes an administrator's own group.
 * The re-run below happens inside the test's transaction, which is rolled back.
 */
@IntegrationTest
@Transactional
class DefaultAbbreviationsMigrationTest {

    @Autowired
    JdbcClient jdbc;

    List<String> groupsWith(String term) {
        return jdbc.sql("SELECT terms FROM search_synonym WHERE ',' || terms || ',' LIKE :t ORDER BY id")
                .param("t", "%," + term + ",%").query(String.class).list();
    }

    @Test
    void addsTheDefaultsOnceAndLeavesAnAdministratorsGroupsAlone() throws Exception {
        assertThat(groupsWith("招投标")).containsExactly("招投标,招标投标");
        assertThat(groupsWith("人社")).containsExactly("人社,人力资源和社会保障");
        assertThat(groupsWith("医保")).as("the V9_1 seed is untouched").containsExactly("医保,医疗保险,基本医疗保险");

        // an administrator rewrote the 招投标 group in their own words and made a group holding 卫生健康
        jdbc.sql("DELETE FROM search_synonym WHERE terms = '招投标,招标投标'").update();
        jdbc.sql("INSERT INTO search_synonym (terms, updated_at) VALUES ('招标投标,招投标,招标', CURRENT_TIMESTAMP), "
                + "('卫生健康,卫生计生', CURRENT_TIMESTAMP)").update();
        jdbc.sql("DELETE FROM search_synonym WHERE terms = '卫健,卫生健康'").update();
        String migration = new ClassPathResource("db/migration/V33_1__search_default_abbreviations.sql")
                .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        jdbc.sql(migration.strip().replaceAll(";$", "")).update();

        assertThat(groupsWith("招投标")).containsExactly("招标投标,招投标,招标");
        assertThat(groupsWith("卫生健康")).containsExactly("卫生健康,卫生计生");
        assertThat(groupsWith("人社")).hasSize(1);
    }
}
