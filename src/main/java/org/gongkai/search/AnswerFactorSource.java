package org.gongkai.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene form of {@link AnswerFactors}: per matching document, the product of its own factor (by the
 * {@link LuceneDocuments#ID_VALUES} doc value) and its work's (by the {@link LuceneDocuments#WORK_VALUES} doc value),
 * 1 where none applies. A work's factor is looked up once per segment (term to ordinal), not per document.
 */
final class AnswerFactorSource extends DoubleValuesSource {

    private final AnswerFactors factors;

    AnswerFactorSource(AnswerFactors factors) {
        this.factors = factors;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        NumericDocValues ids = DocValues.getNumeric(context.reader(), LuceneDocuments.ID_VALUES);
        SortedDocValues works = DocValues.getSorted(context.reader(), LuceneDocuments.WORK_VALUES);
        float[] byOrdinal = new float[works.getValueCount()];
        Arrays.fill(byOrdinal, 1f);
        for (Map.Entry<String, Float> work : factors.works().entrySet()) {
            int ordinal = works.lookupTerm(new BytesRef(work.getKey()));
            if (ordinal >= 0) {
                byOrdinal[ordinal] = work.getValue();
            }
        }
        Map<Long, Float> documents = factors.documents();
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                double f = 1;
                if (!documents.isEmpty() && ids.advanceExact(doc)) {
                    f *= documents.getOrDefault(ids.longValue(), 1f);
                }
                if (byOrdinal.length > 0 && works.advanceExact(doc)) {
                    f *= byOrdinal[works.ordValue()];
                }
                value = f;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false; // the factors belong to one query
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerFactorSource other && other.factors.equals(factors);
    }

    @Override
    public int hashCode() {
        return factors.hashCode();
    }

    @Override
    public String toString() {
        return "answers(" + factors.documents().size() + " documents, " + factors.works().size() + " works)";
    }
}
