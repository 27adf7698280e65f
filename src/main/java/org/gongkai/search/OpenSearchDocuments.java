package org.gongkai.search;

import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch twin of {@link LuceneDocuments}: the index's analysers and field mapping, and how an
 * {@link IndexedDocument} becomes a source document. Field names, analyses and filter values are the Lucene ones, so
 * {@link SearchSemantics#FIELD_BOOSTS} and the filters mean the same here: {@code title}, {@code keywords} and
 * {@code summary} with smartcn, every {@code *_bg} field with CJK bigrams (standard tokenizer, CJK width, lower case,
 * bigrams), {@code docnum} the canonical document number, {@code f_*} exact values (facets), {@code published} the
 * sort key (epoch day, 0 when unknown).
 */
final class OpenSearchDocuments {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String BIGRAM = "gk_bigram";
    /** The work a document's title names ({@link AnswerFactors#workOf}), for the answered-question factors. */
    static final String WORK = "work";
    /** Wrap matches in the engine's highlights; never in indexed text (see {@link MarkFormatter#formatMarked}). */
    private static final String MARKERS = "[" + MarkFormatter.OPEN + MarkFormatter.CLOSE + "]";
    static final List<String> FILTERS = List.of("unit", "topic", "topicFull", "category", "year", "genre", "validity",
            "scope", "kind");
    /** A guide's key facts (decision 032), stored for the hit list only. */
    static final List<String> GUIDE_FACTS = List.of(LuceneDocuments.GUIDE + "kind", LuceneDocuments.GUIDE + "limit",
            LuceneDocuments.GUIDE + "place", LuceneDocuments.GUIDE + "hours", LuceneDocuments.GUIDE + "phone");
    /** Stored for the hit list only. */
    static final List<String> DISPLAYED = Stream.concat(Stream.of("indexNumber", "publisher",
            "documentNumber", "url", "writtenOn", "publishedOn"), GUIDE_FACTS.stream()).toList();

    private OpenSearchDocuments() {}

    /** Settings and mappings of a new index. */
    static ObjectNode index(int shards, int replicas) {
        ObjectNode body = JSON.objectNode();
        ObjectNode settings = body.putObject("settings");
        settings.put("number_of_shards", shards).put("number_of_replicas", replicas);
        ObjectNode analysis = settings.putObject("analysis");
        analysis.putObject("tokenizer").putObject("gk_standard").put("type", "standard").put("max_token_length", 64);
        ObjectNode bigram = analysis.putObject("analyzer").putObject(BIGRAM).put("type", "custom")
                .put("tokenizer", "gk_standard");
        bigram.putArray("filter").add("cjk_width").add("lowercase").add("cjk_bigram");

        ObjectNode mappings = body.putObject("mappings").put("dynamic", "strict");
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject("id").put("type", "keyword");
        for (String field : List.of("title", "keywords", "summary")) {
            properties.putObject(field).put("type", "text").put("analyzer", "smartcn");
        }
        for (String field : List.of("title_bg", "keywords_bg", "summary_bg", "body_bg", "docnum_bg")) {
            properties.putObject(field).put("type", "text").put("analyzer", BIGRAM).put("index_options", "offsets");
        }
        properties.putObject("docnum").put("type", "keyword");
        properties.putObject(WORK).put("type", "keyword");
        properties.putObject("published").put("type", "long");
        for (String filter : FILTERS) {
            properties.putObject("f_" + filter).put("type", "keyword");
        }
        for (String field : DISPLAYED) {
            properties.putObject(field).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        return body;
    }

    /** The source document; blank values are left out, as Lucene leaves out their fields. */
    static ObjectNode source(IndexedDocument d) {
        ObjectNode doc = JSON.objectNode();
        doc.put("id", Long.toString(d.id()));
        text(doc, "title", d.title());
        text(doc, "keywords", String.join(" ", d.keywords()));
        text(doc, "summary", d.summary());
        String body = d.body() == null ? "" : d.body();
        int max = LuceneSearchBackend.MAX_BODY;
        put(doc, "body_bg", unmarked(body.length() > max ? body.substring(0, max) : body));
        if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
            doc.put("documentNumber", d.documentNumber());
            doc.put("docnum", DocumentNumbers.canonical(d.documentNumber()));
            doc.put("docnum_bg", d.documentNumber());
        }
        put(doc, WORK, AnswerFactors.workOf(d.title()));
        put(doc, "indexNumber", d.indexNumber());
        put(doc, "publisher", d.publisherName());
        put(doc, "url", d.url());
        put(doc, "writtenOn", d.writtenOn() == null ? null : d.writtenOn().toString());
        put(doc, "publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
        doc.put("published", d.publishedOn() == null ? 0 : d.publishedOn().toEpochDay());
        put(doc, "f_unit", d.publisherCode());
        put(doc, "f_topic", d.topic() == null ? null : d.topic().split("\\\\", 2)[0]);
        put(doc, "f_topicFull", d.topic());
        put(doc, "f_category", d.category());
        put(doc, "f_year", d.publishedOn() == null ? null : Integer.toString(d.publishedOn().getYear()));
        put(doc, "f_genre", d.genre());
        put(doc, "f_validity", d.validity());
        put(doc, "f_scope", d.local() ? SearchQuery.LOCAL : SearchQuery.LAWS);
        put(doc, "f_kind", d.kind().value());
        if (d.guide() != null) {
            SearchResult.GuideFacts g = d.guide();
            put(doc, LuceneDocuments.GUIDE + "kind", g.kind());
            put(doc, LuceneDocuments.GUIDE + "limit", g.promisedLimit());
            put(doc, LuceneDocuments.GUIDE + "place", g.place());
            put(doc, LuceneDocuments.GUIDE + "hours", g.hours());
            put(doc, LuceneDocuments.GUIDE + "phone", g.phone());
        }
        return doc;
    }

    /** The fields added since the first mapping, which an existing index gets in place (adding fields is allowed). */
    static ObjectNode addedFields() {
        ObjectNode added = JSON.objectNode();
        ObjectNode properties = added.putObject("properties");
        properties.putObject(WORK).put("type", "keyword");
        properties.putObject("f_kind").put("type", "keyword");
        for (String field : GUIDE_FACTS) {
            properties.putObject(field).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        return added;
    }

    /** A searchable text: smartcn field when it has a boost of its own, always the bigram field. */
    private static void text(ObjectNode doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.put(field, value);
        doc.put(field + Analysis.BIGRAM_SUFFIX, unmarked(value));
    }

    private static void put(ObjectNode doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    private static String unmarked(String text) {
        return text.replaceAll(MARKERS, " ");
    }
}
