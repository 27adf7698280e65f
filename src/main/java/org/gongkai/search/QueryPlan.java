package org.gongkai.search;

import java.util.List;
import java.util.Set;

/**
 * A search request after the query semantics were applied, independent of the engine: each concept is a word
 * of the user's text (or a synonym group) given as alternative phrases, of which {@link #minimumConcepts} must
 * match; optional words only add score; document-number candidates match the canonical number exactly.
 * {@link #matchAll} means "no text: browse by the filters"; {@link #matchNothing} means the text had nothing
 * searchable (only punctuation, a lone {@code *}, ...). {@link #ranked} marks a question typed as a sentence: it is
 * ranked by relevance over all its words instead of filtered by them (issue #10); {@link #answers} then carries what
 * answered questions similar to it say (decision 018), multiplying the scores of the documents and works they name.
 * {@link #kind} is the record kind searched: documents, or service guides (decision 032).
 */
record QueryPlan(List<List<String>> concepts, int minimumConcepts, List<String> optionalWords,
        Set<String> documentNumbers, SearchQuery query, boolean matchAll, boolean matchNothing, boolean ranked,
        AnswerFactors answers, IndexedDocument.Kind kind) {

    QueryPlan {
        answers = answers == null ? AnswerFactors.NONE : answers;
        kind = kind == null ? IndexedDocument.Kind.DOCUMENT : kind;
    }

    QueryPlan(List<List<String>> concepts, int minimumConcepts, List<String> optionalWords,
            Set<String> documentNumbers, SearchQuery query, boolean matchAll, boolean matchNothing, boolean ranked,
            AnswerFactors answers) {
        this(concepts, minimumConcepts, optionalWords, documentNumbers, query, matchAll, matchNothing, ranked, answers,
                IndexedDocument.Kind.DOCUMENT);
    }

    QueryPlan(List<List<String>> concepts, int minimumConcepts, List<String> optionalWords,
            Set<String> documentNumbers, SearchQuery query, boolean matchAll, boolean matchNothing, boolean ranked) {
        this(concepts, minimumConcepts, optionalWords, documentNumbers, query, matchAll, matchNothing, ranked,
                AnswerFactors.NONE);
    }

    QueryPlan withAnswers(AnswerFactors factors) {
        return new QueryPlan(concepts, minimumConcepts, optionalWords, documentNumbers, query, matchAll, matchNothing,
                ranked, factors, kind);
    }

    /** The same plan over records of {@code newKind} only (documents by default; service guides, decision 032). */
    QueryPlan withKind(IndexedDocument.Kind newKind) {
        return new QueryPlan(concepts, minimumConcepts, optionalWords, documentNumbers, query, matchAll, matchNothing,
                ranked, answers, newKind);
    }

    /** Every phrase the highlighter should mark. */
    List<String> highlightPhrases() {
        return java.util.stream.Stream.concat(concepts.stream().flatMap(List::stream), optionalWords.stream())
                .distinct().toList();
    }
}
