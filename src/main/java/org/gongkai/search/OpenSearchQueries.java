package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch twin of {@link LuceneQueries}: the same {@link QueryPlan} as query DSL, clause for clause, so both
 * engines run the same Lucene queries — a concept is a {@code dis_max} (tie 0.1) of {@code match_phrase} per field with
 * the {@link SearchSemantics#FIELD_BOOSTS}, concepts a {@code bool} with {@code minimum_should_match}, a document number
 * a {@code term} with boost 100, a ranked question BM25 over its bigrams ({@code term}s, tokens from {@link Analysis}),
 * the validity and locality factors one {@code function_score} that multiplies. One difference from Lucene is minded
 * throughout: an empty {@code bool} matches everything in OpenSearch and nothing in Lucene, so empty lists become
 * {@code match_none}. (Scores differ from Lucene's by OpenSearch's constant BM25 factor k1 + 1; the order does not.)
 */
final class OpenSearchQueries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Analysis analysis;

    OpenSearchQueries(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The plan with its filters: what {@code LuceneQueries.withFilters(toQuery(plan), query)} is. */
    ObjectNode query(QueryPlan plan) {
        return withKind(withFilters(plan.matchAll() ? object("match_all", JSON.objectNode()) : scored(plan),
                plan.query()), plan.kind());
    }

    /** Only records of {@code kind}, as {@code LuceneQueries.withKind}: documents are every record not a guide. */
    static ObjectNode withKind(ObjectNode query, IndexedDocument.Kind kind) {
        ObjectNode filtered = JSON.objectNode();
        ObjectNode bool = filtered.putObject("bool");
        bool.putArray("must").add(query);
        bool.putArray(kind == IndexedDocument.Kind.SERVICE_ITEM ? "filter" : "must_not")
                .add(object("term", "f_kind", IndexedDocument.Kind.SERVICE_ITEM.value()));
        return filtered;
    }

    private ObjectNode scored(QueryPlan plan) {
        List<JsonNode> any = new ArrayList<>();
        if (plan.ranked()) {
            any.add(ranked(plan));
        } else if (!plan.concepts().isEmpty()) {
            List<JsonNode> concepts = plan.concepts().stream().map(this::concept).map(JsonNode.class::cast).toList();
            ObjectNode required = JSON.objectNode();
            required.putObject("bool").put("minimum_should_match", plan.minimumConcepts())
                    .set("should", array(concepts));
            ObjectNode words = JSON.objectNode();
            ObjectNode bool = words.putObject("bool");
            bool.putArray("must").add(required);
            if (!plan.optionalWords().isEmpty()) {
                bool.set("should", array(plan.optionalWords().stream().map(w -> (JsonNode) concept(List.of(w)))
                        .toList()));
            }
            any.add(words);
        }
        for (String number : plan.documentNumbers()) {
            ObjectNode term = JSON.objectNode();
            term.putObject("term").putObject("docnum").put("value", number)
                    .put("boost", SearchSemantics.DOCUMENT_NUMBER_BOOST);
            any.add(term);
        }
        return factors(should(any, 1f), plan.answers());
    }

    /**
     * Scores of documents no longer valid times {@link SearchSemantics#OUTDATED_FACTOR}, of external issuers'
     * times {@link SearchSemantics#EXTERNAL_FACTOR} (both for a repealed law), as Lucene's two boost-by-query wrappers;
     * and times the answered-question factors of the document and of its work (decision 018), as Lucene's
     * {@code AnswerFactorSource}: the weights of the functions whose filter matches multiply, 1 where none does.
     */
    private static ObjectNode factors(ObjectNode query, AnswerFactors answers) {
        ObjectNode wrapped = JSON.objectNode();
        ObjectNode score = wrapped.putObject("function_score");
        score.set("query", query);
        ArrayNode functions = score.putArray("functions");
        ObjectNode outdated = functions.addObject();
        ArrayNode validities = outdated.putObject("filter").putObject("terms").putArray("f_validity");
        SearchSemantics.OUTDATED.stream().sorted().forEach(validities::add);
        outdated.put("weight", SearchSemantics.OUTDATED_FACTOR);
        ObjectNode external = functions.addObject();
        external.putObject("filter").putObject("term").put("f_scope", SearchQuery.LAWS);
        external.put("weight", SearchSemantics.EXTERNAL_FACTOR);
        answers.documents().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode f = functions.addObject();
            f.putObject("filter").putObject("term").put("id", Long.toString(e.getKey()));
            f.put("weight", e.getValue());
        });
        answers.works().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode f = functions.addObject();
            f.putObject("filter").putObject("term").put(OpenSearchDocuments.WORK, e.getKey());
            f.put("weight", e.getValue());
        });
        score.put("score_mode", "multiply").put("boost_mode", "multiply");
        return wrapped;
    }

    /** A question typed as a sentence, as {@code LuceneQueries.ranked}. */
    private ObjectNode ranked(QueryPlan plan) {
        Map<String, Float> weights = SearchSemantics.RANKED_WEIGHTS;
        String text = SearchSemantics.clean(plan.query().text());
        List<JsonNode> parts = new ArrayList<>();
        for (String field : SearchSemantics.RANKED_FIELDS) {
            Set<String> bigrams = new LinkedHashSet<>();
            analysis.tokens(field, text).forEach(token -> bigrams.add(token.term()));
            List<JsonNode> terms = bigrams.stream().map(term -> (JsonNode) object("term", field, term)).toList();
            if (!terms.isEmpty()) {
                parts.add(should(terms, weights.get(field)));
            }
        }
        List<JsonNode> words = new ArrayList<>();
        for (List<String> concept : plan.concepts()) {
            List<JsonNode> alternatives = new ArrayList<>();
            for (String alternative : concept) {
                for (String field : List.of("body_bg", "title_bg")) {
                    alternatives.add(phrase(field, alternative, 1f));
                }
            }
            words.add(disMax(alternatives, 0f));
        }
        if (!words.isEmpty()) {
            parts.add(should(words, weights.get("words")));
        }
        return should(parts, 1f);
    }

    /** A concept matches when any alternative matches as a phrase in any field; the best field wins. */
    private ObjectNode concept(List<String> alternatives) {
        List<JsonNode> phrases = new ArrayList<>();
        for (String alternative : alternatives) {
            for (Map.Entry<String, Float> field : SearchSemantics.FIELD_BOOSTS.entrySet()) {
                phrases.add(phrase(field.getKey(), alternative, field.getValue()));
            }
        }
        return disMax(phrases, 0.1f);
    }

    /** The field's own analyser makes the phrase (one term: a term query; none: nothing matches), as Lucene's. */
    private static ObjectNode phrase(String field, String text, float boost) {
        ObjectNode phrase = JSON.objectNode();
        ObjectNode options = phrase.putObject("match_phrase").putObject(field).put("query", text);
        if (boost != 1f) {
            options.put("boost", boost);
        }
        return phrase;
    }

    private static ObjectNode disMax(List<JsonNode> queries, float tieBreaker) {
        if (queries.isEmpty()) {
            return object("match_none", JSON.objectNode());
        }
        ObjectNode disMax = JSON.objectNode();
        disMax.putObject("dis_max").put("tie_breaker", tieBreaker).set("queries", array(queries));
        return disMax;
    }

    /** At least one of {@code clauses}; none matches nothing (an empty {@code bool} would match everything). */
    private static ObjectNode should(List<JsonNode> clauses, float boost) {
        if (clauses.isEmpty()) {
            return object("match_none", JSON.objectNode());
        }
        ObjectNode bool = JSON.objectNode();
        ObjectNode options = bool.putObject("bool");
        options.set("should", array(clauses));
        options.put("minimum_should_match", 1);
        if (boost != 1f) {
            options.put("boost", boost);
        }
        return bool;
    }

    /** The exact filters, as {@code LuceneQueries.withFilters}. */
    static ObjectNode withFilters(ObjectNode query, SearchQuery q) {
        if (!q.hasFilters()) {
            return query;
        }
        ObjectNode filtered = JSON.objectNode();
        ObjectNode bool = filtered.putObject("bool");
        bool.putArray("must").add(query);
        ArrayNode filters = bool.putArray("filter");
        filter(filters, "f_unit", q.unit());
        if (q.topic() != null) {
            filter(filters, q.topic().contains("\\") ? "f_topicFull" : "f_topic", q.topic());
        }
        filter(filters, "f_category", q.category());
        filter(filters, "f_year", q.year() == null ? null : q.year().toString());
        filter(filters, "f_genre", q.genre());
        filter(filters, "f_validity", q.validity());
        if (SearchQuery.LAWS.equals(q.scope())) {
            filter(filters, "f_scope", SearchQuery.LAWS);
        } else if (SearchQuery.LOCAL.equals(q.scope())) { // documents indexed before the scope field count as local
            bool.putArray("must_not").add(object("term", "f_scope", SearchQuery.LAWS));
        }
        return filtered;
    }

    private static void filter(ArrayNode filters, String field, String value) {
        if (value != null) {
            filters.add(object("term", field, value));
        }
    }

    /** The phrases to mark in title and body, as {@code LuceneQueries.highlightQuery}. */
    ObjectNode highlightQuery(QueryPlan plan) {
        List<JsonNode> phrases = new ArrayList<>();
        for (String phrase : plan.highlightPhrases()) {
            for (String field : List.of(SearchSemantics.HIGHLIGHT_TITLE, SearchSemantics.HIGHLIGHT_BODY)) {
                phrases.add(phrase(field, phrase, 1f));
            }
        }
        return should(phrases, 1f);
    }

    private static ObjectNode object(String name, JsonNode value) {
        ObjectNode node = JSON.objectNode();
        node.set(name, value);
        return node;
    }

    private static ObjectNode object(String name, String field, String value) {
        ObjectNode node = JSON.objectNode();
        node.putObject(name).put(field, value);
        return node;
    }

    private static ArrayNode array(List<JsonNode> nodes) {
        ArrayNode array = JSON.arrayNode();
        nodes.forEach(array::add);
        return array;
    }
}
