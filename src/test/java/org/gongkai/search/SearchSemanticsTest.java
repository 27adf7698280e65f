package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The query semantics alone (no engine): which texts are questions, how words and abbreviations become concepts, the
 * canonical document number. What the engines do with the plans is {@link SearchBackendContract}.
 */
class SearchSemanticsTest {

    static final List<List<String>> SYNONYMS = SearchBackendContract.SYNONYMS;

    final SearchSemantics semantics = new SearchSemantics(new Analysis());

    /** Issue #10: a short text that asks something is a question too: ranked, not filtered. */
    @Test
    void aShortQuestionThatAsksIsRankedButKeywordsAreNot() {
        assertThat(semantics.plan(SearchQuery.text("我单位职工缴存的住房公积金到底归谁所有，单位能不能收回？"), SYNONYMS).ranked())
                .isTrue();
        assertThat(semantics.plan(SearchQuery.text("房东不按约定交付房子，租客怎么办"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("公积金归谁所有？"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("社保怎么缴"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("能领低保吗"), SYNONYMS).ranked()).isTrue();
        assertThat(semantics.plan(SearchQuery.text("公积金 医疗保险"), SYNONYMS).ranked()).isFalse();
        assertThat(semantics.plan(SearchQuery.text("吗啡管理"), SYNONYMS).ranked()).isFalse();
    }

    @Test
    void shortQueriesAreNotQuestions() {
        assertThat(semantics.plan(SearchQuery.text("医疗保险 缴费"), SYNONYMS).ranked()).isFalse();
        assertThat(semantics.plan(SearchQuery.text("<script>alert(1)</script>"), SYNONYMS).ranked()).isFalse();
    }

    @Test
    void anAbbreviationIsNotFoundAcrossTwoWords() {
        // 人社 inside 个人社保 is not the abbreviation: the query still means 个人 + 社保
        assertThat(semantics.plan(SearchQuery.text("个人社保"), SYNONYMS).concepts())
                .doesNotContain(List.of("人社", "人力资源和社会保障")).contains(List.of("社保", "社会保险"));
    }

    @Test
    void documentNumbersHaveOneCanonicalForm() {
        assertThat(DocumentNumbers.canonical("示政发〔2024〕5号")).isEqualTo("示政发2024第5号");
        assertThat(DocumentNumbers.canonical("国务院令第699号")).isEqualTo("国务院令第699号");
    }
}
