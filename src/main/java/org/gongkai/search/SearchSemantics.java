package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * THE query semantics, in one place, for every engine: which fields exist and how much each counts, how
 * user text becomes concepts (synonyms, smartcn words, the bigram safety net), how many concepts must
 * match, and how document numbers are recognised. The Lucene backend turns a {@link QueryPlan} into Lucene
 * queries using {@link #FIELD_BOOSTS}; an OpenSearch backend would turn the same plan into a bool query of
 * {@code match_phrase} clauses with the same boosts (analysers: smartcn and a cjk_bigram analyser).
 */
final class SearchSemantics {

    /** Longest text used; the rest of a 10,000-character paste is ignored. */
    static final int MAX_TEXT = 100;
    static final int MAX_CONCEPTS = 16;
    /**
     * A text of this many Chinese characters, of more than three words, or one that {@link #asks} something is a
     * question typed as a sentence (「农村宅基地被占用了怎么办」): it is ranked, not filtered. Measured on 1,235 real questions over 64,665 law
     * articles (docs/benchmarks.md, "Questions"): requiring about three quarters of the words found nothing for 859 of
     * them; ranking by BM25 over the question's character bigrams in body, title, summary and keywords, with its words
     * as exact phrases in the body ({@link #RANKED_WEIGHTS}), answers all of them.
     */
    static final int QUESTION_LENGTH = 12;
    /** The fields whose character bigrams rank a question typed as a sentence. */
    static final List<String> RANKED_FIELDS = List.of("body_bg", "title_bg", "summary_bg", "keywords_bg");
    /**
     * Weights of the parts of a ranked question: the bigram net per field, and its words as exact phrases (body or
     * title). Tuned on the even-numbered half of the 1,235 questions, checked on the odd half (docs/benchmarks.md);
     * the title keeps 0.5 (0.3 measured the same within 0.002) because a county document's title says more than a
     * law article's 《law》第X条 does.
     */
    static final Map<String, Float> RANKED_WEIGHTS = Map.of("body_bg", 1f, "title_bg", 0.5f, "summary_bg", 0.8f,
            "keywords_bg", 0.8f, "words", 0.6f);

    /**
     * Searchable fields and their boosts: title > keywords > document number > summary > body. The short fields
     * are analysed twice (smartcn words, and bigrams as the recall net); the body only as bigrams, matched as
     * phrases (= exact character sequences): smartcn segmentation of bodies limited indexing to ~450 documents
     * per second on two cores (docs/benchmarks.md), and a bigram phrase finds every word smartcn would.
     */
    static final Map<String, Float> FIELD_BOOSTS = Map.ofEntries(
            Map.entry("title", 8f), Map.entry("title_bg", 6f),
            Map.entry("keywords", 5f), Map.entry("keywords_bg", 4f),
            Map.entry("docnum_bg", 3f),
            Map.entry("summary", 2f), Map.entry("summary_bg", 1.5f),
            Map.entry("body_bg", 1f));
    /** An exact document-number match outranks everything else. */
    static final float DOCUMENT_NUMBER_BOOST = 100f;
    /**
     * Current before outdated (issue #10): for the same words, a document that is no longer valid (repealed, expired,
     * or amended by a newer version) scores this fraction of a valid one, so a revised 办法 ranks above the one it
     * replaced. Applies to relevance order only; the validity filter still finds them all.
     */
    static final float OUTDATED_FACTOR = 0.6f;
    static final Set<String> OUTDATED = Set.of("废止", "失效", "修订");
    /**
     * Local before elsewhere (issue #10): for the same words, a document of an external issuer (a national law,
     * another province's regulation, indexed with scope {@link SearchQuery#LAWS}) scores this fraction of one of
     * the county's own units. Milder than {@link #OUTDATED_FACTOR}: a valid national law still ranks above a
     * repealed county document. Like it, it orders, never filters, and applies to short and long queries alike.
     */
    static final float EXTERNAL_FACTOR = 0.7f;
    /** Fields whose stored text is highlighted: title and body, on the bigram fields (offsets in postings). */
    static final String HIGHLIGHT_TITLE = "title_bg";
    static final String HIGHLIGHT_BODY = "body_bg";

    private final Analysis analysis;

    SearchSemantics(Analysis analysis) {
        this.analysis = analysis;
    }

    QueryPlan plan(SearchQuery query, List<List<String>> synonymGroups) {
        String text = clean(query.text());
        if (text.isEmpty()) {
            return new QueryPlan(List.of(), 0, List.of(), Set.of(), query, true, false, false);
        }
        Set<String> numbers = DocumentNumbers.candidates(text);
        List<List<String>> concepts = new ArrayList<>();
        String rest = extractSynonyms(text, synonymGroups, concepts);
        List<String> optional = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String word : mergeSingleCharacters(analysis.words(rest))) {
            if (!seen.add(word) || word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // repeated, or only symbols/emoji
            }
            if (isSingleCharacterRun(word)) {
                optional.add(word);
            } else {
                concepts.add(List.of(word));
            }
        }
        if (concepts.isEmpty()) {
            // only single characters (水 费): they are the concepts then
            optional.forEach(w -> concepts.add(List.of(w)));
            optional.clear();
        }
        List<List<String>> kept = concepts.size() > MAX_CONCEPTS ? concepts.subList(0, MAX_CONCEPTS) : concepts;
        if (kept.isEmpty() && numbers.isEmpty()) {
            return new QueryPlan(List.of(), 0, List.of(), Set.of(), query, false, true, false);
        }
        boolean ranked = kept.size() > 3 || asks(text)
                || text.codePoints().filter(Character::isIdeographic).count() >= QUESTION_LENGTH;
        return new QueryPlan(List.copyOf(kept), minimumConcepts(kept.size()), List.copyOf(optional), numbers, query,
                false, false, ranked);
    }

    /**
     * Whether the text asks something (a question mark, an interrogative word, or 吗/呢 at its end): then, however
     * short (「商标被侵权了怎么办？」), it is a question typed as a sentence. Keyword searches (社保 缴费) have none.
     */
    static boolean asks(String text) {
        String stripped = text.replaceAll("[\\p{P}\\s]+$", "");
        return text.contains("?") || stripped.endsWith("吗") || stripped.endsWith("呢")
                || INTERROGATIVES.stream().anyMatch(text::contains);
    }

    /** Interrogative words of Chinese (how, whether, what, which, can/may, why, how many). */
    static final List<String> INTERROGATIVES = List.of("怎么", "怎样", "如何", "是否", "什么", "哪些", "哪个", "能否",
            "可否", "为什么", "为何", "多少");

    /**
     * smartcn leaves characters it cannot place as single-character words (费 征 for 费征); consecutive ones are
     * joined again so the bigram field can match them as the character sequence the user typed.
     */
    private static List<String> mergeSingleCharacters(List<String> words) {
        List<String> merged = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String word : words) {
            if (word.codePointCount(0, word.length()) == 1 && Character.isIdeographic(word.codePointAt(0))) {
                run.append(word);
                continue;
            }
            if (!run.isEmpty()) {
                merged.add(run.toString());
                run.setLength(0);
            }
            merged.add(word);
        }
        if (!run.isEmpty()) {
            merged.add(run.toString());
        }
        return merged;
    }

    /** A run of characters smartcn could not make a word of: optional when real words exist. */
    private boolean isSingleCharacterRun(String word) {
        return word.codePoints().allMatch(Character::isIdeographic) && analysis.words(word).stream()
                .allMatch(w -> w.codePointCount(0, w.length()) == 1);
    }

    /** Up to three words must all match; longer questions need about three quarters of their words. */
    static int minimumConcepts(int concepts) {
        return concepts <= 3 ? concepts : (int) Math.ceil(concepts * 0.75);
    }

    /**
     * Finds synonym terms in the text (longest first), makes each found group one concept whose alternatives
     * are all its terms, and blanks the found term out of the text. A term counts only where it starts or ends at a
     * word boundary, so an abbreviation is not found across two words (人社 in 个人社保, 市监 in 城市监督管理).
     */
    private String extractSynonyms(String text, List<List<String>> groups, List<List<String>> concepts) {
        List<Map.Entry<String, List<String>>> terms = new ArrayList<>();
        for (List<String> group : groups) {
            for (String term : group) {
                terms.add(Map.entry(clean(term), group));
            }
        }
        terms.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getKey().length()).reversed());
        Set<Integer> bounds = terms.isEmpty() ? Set.of() : analysis.wordBoundaries(text);
        StringBuilder rest = new StringBuilder(text); // found terms become spaces of the same length: offsets hold
        for (Map.Entry<String, List<String>> term : terms) {
            String key = term.getKey();
            boolean found = false;
            for (int at = key.isEmpty() ? -1 : rest.indexOf(key); at >= 0; at = rest.indexOf(key, at + key.length())) {
                if (bounds.contains(at) || bounds.contains(at + key.length())) {
                    rest.replace(at, at + key.length(), " ".repeat(key.length()));
                    found = true;
                }
            }
            if (found && concepts.stream().noneMatch(c -> c.equals(term.getValue()))) {
                concepts.add(term.getValue());
            }
        }
        return rest.toString();
    }

    /** NFKC (full-width to half-width), control characters out, lower case, at most {@link #MAX_TEXT}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_TEXT * 4 ? text.substring(0, MAX_TEXT * 4) : text;
        String normal = Normalizer.normalize(cut, Normalizer.Form.NFKC)
                .replaceAll("[\\p{Cntrl}\\p{Cs}]", " ")
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
        if (normal.codePointCount(0, normal.length()) > MAX_TEXT) {
            normal = normal.substring(0, normal.offsetByCodePoints(0, MAX_TEXT));
        }
        return normal;
    }
}
