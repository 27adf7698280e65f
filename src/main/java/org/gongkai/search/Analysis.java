package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two analysis chains: smartcn word segmentation (precision) and CJK bigrams over the standard tokenizer
 * (recall: a word that smartcn segments differently in the document and in the query still matches as a
 * sequence of overlapping character pairs). Fields ending in {@link #BIGRAM_SUFFIX} use bigrams.
 */
final class Analysis {

    static final String BIGRAM_SUFFIX = "_bg";

    /** One token and its position (for building phrase queries). */
    record Token(String term, int position) {}

    private final Analyzer smartcn = new SmartChineseAnalyzer();
    private final Analyzer bigram;
    private final Analyzer perField;

    Analysis() {
        try {
            bigram = CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME, new java.util.HashMap<>(Map.of("maxTokenLength", "64")))
                    .addTokenFilter(CJKWidthFilterFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(CJKBigramFilterFactory.NAME)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fieldName.endsWith(BIGRAM_SUFFIX) ? bigram : smartcn;
            }
        };
    }

    /** The index-time analyzer: smartcn by default, bigrams for {@code *_bg} fields. */
    Analyzer perField() {
        return perField;
    }

    List<Token> tokens(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = perField.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Where smartcn's words of {@code text} start and end (character offsets into the text). */
    java.util.Set<Integer> wordBoundaries(String text) {
        java.util.Set<Integer> bounds = new java.util.HashSet<>();
        try (TokenStream stream = smartcn.tokenStream("word", text)) {
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                bounds.add(offset.startOffset());
                bounds.add(offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bounds;
    }

    /** smartcn words of a text (punctuation and stop words dropped). */
    List<String> words(String text) {
        return tokens("word", text).stream().map(Token::term).toList();
    }
}
