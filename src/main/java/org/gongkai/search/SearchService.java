package org.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.organisation.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The search module's application service for reading: applies the semantics, asks the backend, names the
 * units in the facets and logs searches that found nothing. Never throws on user text. Unit names are cached for
 * {@link #UNIT_NAMES_FOR} at most, so a renamed unit shows its new name on every instance within a minute.
 */
@Service
class SearchService implements DocumentSearch {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final SearchBackend backend;
    private final SearchSemantics semantics;
    private final Synonyms synonyms;
    private final ZeroResults zeroResults;
    private final UnitDirectory units;
    private final AnsweredQuestionIndex answers;
    static final Duration UNIT_NAMES_FOR = Duration.ofMinutes(1);
    private final Map<String, String> unitNames = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile Instant unitNamesSince;

    SearchService(SearchBackend backend, SearchSemantics semantics, Synonyms synonyms, ZeroResults zeroResults,
            UnitDirectory units, Clock clock, AnsweredQuestionIndex answers) {
        this.answers = answers;
        this.backend = backend;
        this.clock = clock;
        this.semantics = semantics;
        this.synonyms = synonyms;
        this.zeroResults = zeroResults;
        this.units = units;
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return run(query, true);
    }

    @Override
    public SearchResult lookup(SearchQuery query) {
        return run(query, false);
    }

    @Override
    public SearchResult guides(SearchQuery query) {
        SearchQuery q = new SearchQuery(query.text(), query.unit(), null, null, null, null, null, null,
                SearchQuery.Sort.RELEVANCE, query.page(), query.size());
        if (q.text().isBlank()) {
            return SearchResult.empty(q);
        }
        try {
            SearchResult found = backend.search(semantics.plan(q, synonyms.termGroups())
                    .withKind(IndexedDocument.Kind.SERVICE_ITEM));
            return new SearchResult(found.total(), found.page(), found.size(), found.items(), Map.of());
        } catch (RuntimeException e) {
            log.error("Guide search failed for a query of {} characters", q.text().length(), e);
            return SearchResult.empty(q);
        }
    }

    private SearchResult run(SearchQuery query, boolean recordZeroResults) {
        SearchResult result;
        try {
            QueryPlan plan = semantics.plan(query, synonyms.termGroups());
            if (plan.ranked()) { // a question typed as a sentence: what similar answered questions say (decision 018)
                plan = plan.withAnswers(answers.factors(query.text()));
            }
            result = backend.search(plan);
        } catch (RuntimeException e) {
            log.error("Search failed for a query of {} characters", query.text().length(), e);
            result = SearchResult.empty(query);
        }
        if (recordZeroResults && result.total() == 0 && !query.text().isBlank() && query.page() == 1 && !query.hasFilters()) {
            try {
                zeroResults.record(query.text());
            } catch (RuntimeException e) {
                log.warn("Could not log a zero-result search", e);
            }
        }
        return withUnitNames(result);
    }

    /** Facet values people can read: a unit's name for its code, 本县文件/法律法规 for the scope. */
    private SearchResult withUnitNames(SearchResult result) {
        if (result.facets().isEmpty()) {
            return result;
        }
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>(result.facets());
        facets.computeIfPresent("unit", (dim, values) -> values.stream()
                .map(v -> new SearchResult.FacetValue(v.value(), unitName(v.value()), v.count())).toList());
        facets.computeIfPresent("scope", (dim, values) -> values.stream()
                .map(v -> new SearchResult.FacetValue(v.value(), SearchQuery.SCOPES.getOrDefault(v.value(), v.value()),
                        v.count())).toList());
        return new SearchResult(result.total(), result.page(), result.size(), result.items(), facets);
    }

    String unitName(String creditCode) {
        Instant now = clock.instant();
        Instant since = unitNamesSince;
        if (since == null || now.isBefore(since) || !now.isBefore(since.plus(UNIT_NAMES_FOR))) {
            unitNames.clear();
            unitNamesSince = now;
        }
        return unitNames.computeIfAbsent(creditCode,
                code -> units.findByCreditCode(code).map(UnitDirectory.UnitView::name).orElse(code));
    }
}
