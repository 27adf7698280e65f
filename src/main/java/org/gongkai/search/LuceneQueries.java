package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link QueryPlan} into Lucene queries: concepts as phrases over the boosted fields (best field wins),
 * document numbers, the exact filters and the phrases to highlight.
 */
final class LuceneQueries {

    private final Analysis analysis;

    LuceneQueries(Analysis analysis) {
        this.analysis = analysis;
    }

    Query toQuery(QueryPlan plan) {
        if (plan.matchAll()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (plan.ranked()) {
            any.add(ranked(plan), Occur.SHOULD);
        } else if (!plan.concepts().isEmpty()) {
            BooleanQuery.Builder concepts = new BooleanQuery.Builder();
            for (List<String> concept : plan.concepts()) {
                concepts.add(concept(concept), Occur.SHOULD);
            }
            concepts.setMinimumNumberShouldMatch(plan.minimumConcepts());
            BooleanQuery.Builder words = new BooleanQuery.Builder().add(concepts.build(), Occur.MUST);
            for (String optional : plan.optionalWords()) {
                words.add(concept(List.of(optional)), Occur.SHOULD);
            }
            any.add(words.build(), Occur.SHOULD);
        }
        for (String number : plan.documentNumbers()) {
            any.add(new BoostQuery(new TermQuery(new Term("docnum", number)), SearchSemantics.DOCUMENT_NUMBER_BOOST),
                    Occur.SHOULD);
        }
        Query query = localFirst(currentFirst(any.build()));
        return plan.answers().isEmpty() ? query
                : FunctionScoreQuery.boostByValue(query, new AnswerFactorSource(plan.answers()));
    }

    /** Scores of documents that are no longer valid are multiplied by {@link SearchSemantics#OUTDATED_FACTOR}. */
    private static Query currentFirst(Query query) {
        BooleanQuery.Builder outdated = new BooleanQuery.Builder();
        for (String validity : SearchSemantics.OUTDATED) {
            outdated.add(new TermQuery(new Term("f_validity", validity)), Occur.SHOULD);
        }
        return FunctionScoreQuery.boostByQuery(query, outdated.build(), SearchSemantics.OUTDATED_FACTOR);
    }

    /** Scores of external issuers' documents are multiplied by {@link SearchSemantics#EXTERNAL_FACTOR}. */
    private static Query localFirst(Query query) {
        return FunctionScoreQuery.boostByQuery(query, new TermQuery(new Term("f_scope", SearchQuery.LAWS)),
                SearchSemantics.EXTERNAL_FACTOR);
    }

    /**
     * A question typed as a sentence: BM25 over its character bigrams in body, title, summary and keywords (every
     * bigram optional, one weight per field), plus each of its words (or synonym groups) as an exact phrase in the
     * body or the title (the better of the two), so a word counts more than its bigrams do apart (weights:
     * {@link SearchSemantics#RANKED_WEIGHTS}).
     */
    private Query ranked(QueryPlan plan) {
        Map<String, Float> weights = SearchSemantics.RANKED_WEIGHTS;
        BooleanQuery.Builder ranked = new BooleanQuery.Builder();
        String text = SearchSemantics.clean(plan.query().text());
        for (String field : SearchSemantics.RANKED_FIELDS) {
            BooleanQuery.Builder bigrams = new BooleanQuery.Builder();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Analysis.Token token : analysis.tokens(field, text)) {
                if (seen.add(token.term())) {
                    bigrams.add(new TermQuery(new Term(field, token.term())), Occur.SHOULD);
                }
            }
            ranked.add(new BoostQuery(bigrams.build(), weights.get(field)), Occur.SHOULD);
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (List<String> concept : plan.concepts()) {
            List<Query> alternatives = new ArrayList<>();
            for (String alternative : concept) {
                for (String field : List.of("body_bg", "title_bg")) {
                    Query phrase = phrase(field, alternative);
                    if (phrase != null) {
                        alternatives.add(phrase);
                    }
                }
            }
            if (!alternatives.isEmpty()) {
                words.add(new DisjunctionMaxQuery(alternatives, 0f), Occur.SHOULD);
            }
        }
        ranked.add(new BoostQuery(words.build(), weights.get("words")), Occur.SHOULD);
        return ranked.build();
    }

    /** A concept matches when any of its alternatives matches as a phrase in any field (best field wins). */
    private Query concept(List<String> alternatives) {
        List<Query> disjuncts = new ArrayList<>();
        for (String alternative : alternatives) {
            for (Map.Entry<String, Float> field : SearchSemantics.FIELD_BOOSTS.entrySet()) {
                Query phrase = phrase(field.getKey(), alternative);
                if (phrase != null) {
                    disjuncts.add(new BoostQuery(phrase, field.getValue()));
                }
            }
        }
        return new DisjunctionMaxQuery(disjuncts, 0.1f);
    }

    private Query phrase(String field, String text) {
        List<Analysis.Token> tokens = analysis.tokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
        return phrase.build();
    }

    static Query withFilters(Query query, SearchQuery q) {
        if (!q.hasFilters()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        filterClause(b, "f_unit", q.unit());
        if (q.topic() != null) {
            filterClause(b, q.topic().contains("\\") ? "f_topicFull" : "f_topic", q.topic());
        }
        filterClause(b, "f_category", q.category());
        filterClause(b, "f_year", q.year() == null ? null : q.year().toString());
        filterClause(b, "f_genre", q.genre());
        filterClause(b, "f_validity", q.validity());
        if (SearchQuery.LAWS.equals(q.scope())) {
            filterClause(b, "f_scope", SearchQuery.LAWS);
        } else if (SearchQuery.LOCAL.equals(q.scope())) { // documents indexed before the scope field count as local
            b.add(new TermQuery(new Term("f_scope", SearchQuery.LAWS)), Occur.MUST_NOT);
        }
        return b.build();
    }

    /**
     * Only records of {@code kind} (decision 032): guides carry {@code f_kind}; documents are every record that is not
     * a guide, so an index from before the kinds (no {@code f_kind} on its documents) searches as before.
     */
    static Query withKind(Query query, IndexedDocument.Kind kind) {
        TermQuery guides = new TermQuery(new Term("f_kind", IndexedDocument.Kind.SERVICE_ITEM.value()));
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(guides, kind == IndexedDocument.Kind.SERVICE_ITEM ? Occur.FILTER : Occur.MUST_NOT).build();
    }

    private static void filterClause(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    Query highlightQuery(QueryPlan plan) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String phrase : plan.highlightPhrases()) {
            for (String field : List.of(SearchSemantics.HIGHLIGHT_TITLE, SearchSemantics.HIGHLIGHT_BODY)) {
                Query q = phrase(field, phrase);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                }
            }
        }
        return b.build();
    }
}
