package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How an {@link IndexedDocument} becomes a Lucene document: analysed text fields (smartcn and bigram, see
 * {@link SearchSemantics}), stored fields for the hit list, exact filter fields and facets.
 */
final class LuceneDocuments {

    private static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_WITH_OFFSETS.freeze();
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

    /** The document id as a doc value, and the work its title names ({@link AnswerFactors#workOf}): decision 018. */
    static final String ID_VALUES = "id_dv";
    static final String WORK_VALUES = "work";

    /** Prefix of a guide's stored key facts. */
    static final String GUIDE = "guide_";

    private LuceneDocuments() {}

    static Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID_VALUES, d.id()));
        String work = AnswerFactors.workOf(d.title());
        if (work != null) {
            doc.add(new SortedDocValuesField(WORK_VALUES, new BytesRef(work)));
        }
        text(doc, "title", d.title(), true);
        text(doc, "keywords", String.join(" ", d.keywords()), false);
        text(doc, "summary", d.summary(), false);
        String body = d.body() == null ? "" : d.body();
        int max = LuceneSearchBackend.MAX_BODY;
        text(doc, "body", body.length() > max ? body.substring(0, max) : body, true);
        if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
            doc.add(new StoredField("documentNumber", d.documentNumber()));
            doc.add(new StringField("docnum", DocumentNumbers.canonical(d.documentNumber()), Field.Store.NO));
            doc.add(new TextField("docnum_bg", d.documentNumber(), Field.Store.NO));
        }
        stored(doc, "indexNumber", d.indexNumber());
        stored(doc, "publisher", d.publisherName());
        stored(doc, "url", d.url());
        stored(doc, "writtenOn", d.writtenOn() == null ? null : d.writtenOn().toString());
        stored(doc, "publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
        long published = d.publishedOn() == null ? 0 : d.publishedOn().toEpochDay();
        doc.add(new NumericDocValuesField(LuceneSearchBackend.PUBLISHED, published));
        String topic1 = d.topic() == null ? null : d.topic().split("\\\\", 2)[0];
        filter(doc, "unit", d.publisherCode(), true);
        filter(doc, "topic", topic1, true);
        filter(doc, "topicFull", d.topic(), false);
        filter(doc, "category", d.category(), true);
        filter(doc, "year", d.publishedOn() == null ? null : Integer.toString(d.publishedOn().getYear()), true);
        filter(doc, "genre", d.genre(), true);
        filter(doc, "validity", d.validity(), true);
        filter(doc, "scope", d.local() ? SearchQuery.LOCAL : SearchQuery.LAWS, true);
        doc.add(new StringField("f_kind", d.kind().value(), Field.Store.NO));
        if (d.guide() != null) {
            SearchResult.GuideFacts g = d.guide();
            stored(doc, GUIDE + "kind", g.kind());
            stored(doc, GUIDE + "limit", g.promisedLimit());
            stored(doc, GUIDE + "place", g.place());
            stored(doc, GUIDE + "hours", g.hours());
            stored(doc, GUIDE + "phone", g.phone());
        }
        return doc;
    }

    /** The key facts of a guide's hit (decision 032); null for a document's. */
    static SearchResult.GuideFacts guide(Document d) {
        if (d.get(GUIDE + "limit") == null) {
            return null;
        }
        return new SearchResult.GuideFacts(d.get("indexNumber"), d.get(GUIDE + "kind"), d.get(GUIDE + "limit"),
                d.get(GUIDE + "place"), d.get(GUIDE + "hours"), d.get(GUIDE + "phone"), d.get("url"));
    }

    private static void text(Document doc, String field, String value, boolean storedForHighlight) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (SearchSemantics.FIELD_BOOSTS.containsKey(field)) { // the body has no smartcn field: see SearchSemantics
            doc.add(new TextField(field, value, Field.Store.NO));
        }
        doc.add(new Field(field + Analysis.BIGRAM_SUFFIX, value, storedForHighlight ? STORED_WITH_OFFSETS : WITH_OFFSETS));
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /** Exact filter field {@code f_<name>} (stored), plus a facet when {@code facet}. */
    private static void filter(Document doc, String name, String value, boolean facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField("f_" + name, value, Field.Store.YES));
        if (facet) {
            doc.add(new SortedSetDocValuesFacetField(name, value));
        }
    }
}
