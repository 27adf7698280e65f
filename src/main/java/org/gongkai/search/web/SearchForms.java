package org.gongkai.search.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The limits of the search pages' fields, declared once (read by the pages, enforced by the controllers). */
public final class SearchForms {

    private SearchForms() {}

    /** The portal search box; the zero-result log keeps at most this many characters (column). */
    public record Query(@Size(max = 200) String q) {}

    /** A group of synonyms, comma-separated (column {@code search_synonym.terms}). */
    public record SynonymGroup(@NotBlank @Size(max = 1000) String terms) {}

    /** One answered question typed in the console: the question and the answering 索引号 (one per line or comma). */
    public record AnsweredQuestion(@NotBlank @Size(max = 300) String question, @NotBlank @Size(max = 5100) String indexNumbers,
            @Size(max = 40) String source, @Size(max = 300) String q) {}
}
