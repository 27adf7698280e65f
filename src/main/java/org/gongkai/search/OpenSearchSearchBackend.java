package org.gongkai.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search port on an OpenSearch cluster (decision 017), for several application instances: each reads and writes
 * the index behind one alias ({@code gongkai.search.opensearch.index}), so a document indexed through one instance is
 * found through every other. Same semantics as {@link LuceneSearchBackend}: same analyses and fields
 * ({@link OpenSearchDocuments}), the same queries ({@link OpenSearchQueries}), facets as {@code terms} aggregations,
 * snippets from OpenSearch's unified highlighter formatted by {@link MarkFormatter}. A write returns when it is durable
 * (the translog is synced per request, OpenSearch's default) and searchable (refreshed); {@link #commit} only keeps
 * its data (the index feed's cursor) in {@code <alias>-state}. A rebuild fills a new index
 * and swaps the alias to it atomically, deleting the old one in the same step; until then the old index answers, and on
 * failure it stays. The alias and its first index are created when missing, at start or, if the cluster was not
 * reachable then, at the first call (the index follower needs it at start all the same, decision 015).
 */
final class OpenSearchSearchBackend implements SearchBackend, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSearchBackend.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> HIT_FIELDS = java.util.stream.Stream.concat(java.util.stream.Stream.of("id",
            "indexNumber", "title", "publisher", "f_unit", "documentNumber", "writtenOn", "publishedOn", "f_topicFull",
            "f_category", "f_genre", "f_validity", "url"), OpenSearchDocuments.GUIDE_FACTS.stream()).toList();

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final OpenSearchClient client;
    private final String alias;
    private final int shards;
    private final int replicas;
    private final OpenSearchQueries queries;
    private volatile boolean ready;
    /** The index a running rebuild fills: writes meanwhile go to it too, so the swap loses none. */
    private volatile String rebuilding;

    OpenSearchSearchBackend(OpenSearchClient client, String alias, int shards, int replicas, Analysis analysis) {
        this.client = client;
        this.alias = alias;
        this.shards = shards;
        this.replicas = replicas;
        this.queries = new OpenSearchQueries(analysis);
    }

    static OpenSearchSearchBackend connect(SearchProperties.OpenSearch settings, Analysis analysis) {
        OpenSearchSearchBackend backend = new OpenSearchSearchBackend(new OpenSearchClient(settings.url(),
                settings.username(), settings.password(), settings.timeout()), settings.index(), settings.shards(),
                settings.replicas(), analysis);
        try {
            backend.ensureIndex();
            log.info("search: OpenSearch at {}, index alias {}, {} documents", settings.url(), settings.index(),
                    backend.count());
        } catch (RuntimeException e) { // the index follower's start needs the cluster and says so; this only logs
            log.warn("search: OpenSearch at {} is not usable yet ({}); retrying at the first search or write",
                    settings.url(), e.toString());
        }
        return backend;
    }

    // ---------------------------------------------------------------- the index behind the alias

    /** Creates the alias with its first index when missing (idempotent; safe when instances start together). */
    synchronized void ensureIndex() {
        if (ready) {
            return;
        }
        if (client.exchange("HEAD", "/_alias/" + alias, null, null, Set.of(404)).status() == 404) {
            ObjectNode body = OpenSearchDocuments.index(shards, replicas);
            body.putObject("aliases").putObject(alias);
            OpenSearchClient.Response created = client.exchange("PUT", "/" + alias + "-1", OpenSearchClient.JSON,
                    client.json().writeValueAsString(body), Set.of(400));
            if (created.status() == 400 && !OpenSearchClient.reason(created.body()).startsWith("resource_already_exists")) {
                throw new IllegalStateException("cannot create the search index " + alias + "-1: "
                        + OpenSearchClient.reason(created.body()));
            } // created: its primary shard is active (the create call waits for it)
        } else { // an index from before a field was added (work: decision 018; kinds and guides: decision 032)
            client.send("PUT", "/" + alias + "/_mapping", OpenSearchDocuments.addedFields());
        }
        if (client.exchange("HEAD", "/" + stateIndex(), null, null, Set.of(404)).status() == 404) {
            ObjectNode state = JSON.objectNode();
            state.putObject("settings").put("number_of_shards", 1).put("number_of_replicas", replicas);
            state.putObject("mappings").put("dynamic", false);
            OpenSearchClient.Response created = client.exchange("PUT", "/" + stateIndex(), OpenSearchClient.JSON,
                    client.json().writeValueAsString(state), Set.of(400));
            if (created.status() == 400 && !OpenSearchClient.reason(created.body()).startsWith("resource_already_exists")) {
                throw new IllegalStateException("cannot create the index " + stateIndex() + ": "
                        + OpenSearchClient.reason(created.body()));
            }
        }
        ready = true;
    }

    /** Where {@link #commit} keeps its data: one document, outside the alias, so no search or rebuild touches it. */
    private String stateIndex() {
        return alias + "-state";
    }

    /** The concrete indices the alias points to (one, unless someone changed it by hand). */
    private List<String> aliasedIndices() {
        List<String> indices = new ArrayList<>();
        client.send("GET", "/_alias/" + alias, null).propertyNames().forEach(indices::add);
        return indices;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void index(IndexedDocument document) {
        apply(List.of(document), List.of());
    }

    @Override
    public void remove(long documentId) {
        apply(List.of(), List.of(documentId));
    }

    @Override
    public void apply(List<IndexedDocument> upserts, Collection<Long> removals) {
        ensureIndex();
        String extra = rebuilding;
        List<String> targets = extra == null ? List.of(alias) : List.of(alias, extra);
        OpenSearchBulk bulk = new OpenSearchBulk(client, targets, true);
        upserts.forEach(bulk::upsert);
        removals.forEach(bulk::delete);
        bulk.finish();
    }

    @Override
    public synchronized long rebuild(Consumer<Consumer<IndexedDocument>> source) {
        ensureIndex();
        List<String> old = aliasedIndices();
        String next = nextIndex(old);
        client.send("PUT", "/" + next, OpenSearchDocuments.index(shards, replicas));
        rebuilding = next;
        try {
            OpenSearchBulk bulk = new OpenSearchBulk(client, List.of(next), false);
            source.accept(bulk::upsert);
            bulk.finish();
            client.send("POST", "/" + next + "/_refresh", null);
            ObjectNode swap = JSON.objectNode();
            ArrayNode actions = swap.putArray("actions");
            actions.addObject().putObject("add").put("index", next).put("alias", alias);
            old.forEach(index -> actions.addObject().putObject("remove_index").put("index", index));
            client.send("POST", "/_aliases", swap);
            return bulk.upserts();
        } catch (RuntimeException e) {
            try {
                client.exchange("DELETE", "/" + next, null, null, Set.of(404));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        } finally {
            rebuilding = null;
        }
    }

    /**
     * {@code <alias>-<n+1>-<random>} after the highest {@code <alias>-<n>…} in use: unique, so two instances that
     * rebuild at once never write into each other's index (the second swap finds the old index gone and fails, its
     * index deleted; the first one's stays).
     */
    private String nextIndex(List<String> current) {
        long highest = 1;
        for (String index : current) {
            java.util.regex.Matcher generation = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(alias) + "-(\\d{1,18})(-[0-9a-f]+)?").matcher(index);
            if (generation.matches()) {
                highest = Math.max(highest, Long.parseLong(generation.group(1)));
            }
        }
        return alias + "-" + (highest + 1) + "-" + Long.toHexString(RANDOM.nextLong() & 0xffffffL);
    }

    /**
     * Every write is already durable when it returns (the translog is synced per request); this keeps {@code data}
     * (the index feed's cursor, decision 015) in the state document. Instances sharing the index may overwrite each
     * other's data: each stores a cursor up to which every feed row is in the index, so any of them is safe to replay
     * from.
     */
    @Override
    public void commit(Map<String, String> data) {
        ensureIndex();
        ObjectNode document = JSON.objectNode();
        ObjectNode values = document.putObject("data");
        data.forEach(values::put);
        client.send("PUT", "/" + stateIndex() + "/_doc/commit", document);
    }

    @Override
    public Map<String, String> committedData() {
        ensureIndex();
        OpenSearchClient.Response answer = client.exchange("GET", "/" + stateIndex() + "/_doc/commit", null, null,
                Set.of(404));
        Map<String, String> data = new LinkedHashMap<>();
        if (answer.status() != 404) {
            answer.body().path("_source").path("data").properties()
                    .forEach(entry -> data.put(entry.getKey(), entry.getValue().asString()));
        }
        return data;
    }

    @Override
    public long count() {
        ensureIndex();
        return client.send("GET", "/" + alias + "/_count", null).path("count").asLong();
    }

    @Override
    public void close() {
        // the JDK's HTTP client has no close on Java 17; its threads end with it
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchResult search(QueryPlan plan) {
        SearchQuery q = plan.query();
        if (plan.matchNothing()) {
            return SearchResult.empty(q);
        }
        ensureIndex();
        JsonNode answer = client.send("POST", "/" + alias + "/_search", request(plan));
        if (answer.path("aggregations").path("indexed").path("doc_count").asLong() == 0) {
            return SearchResult.empty(q);
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        List<SearchResult.Hit> items = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            items.add(hit(hit));
        }
        return new SearchResult(total, q.page(), q.size(), items, facets(answer.path("aggregations")));
    }

    private ObjectNode request(QueryPlan plan) {
        SearchQuery q = plan.query();
        ObjectNode body = JSON.objectNode();
        body.set("query", queries.query(plan));
        body.put("from", (q.page() - 1) * q.size()).put("size", q.size()).put("track_total_hits", true);
        ArrayNode sort = body.putArray("sort");
        ObjectNode score = JSON.objectNode();
        score.putObject("_score").put("order", "desc");
        ObjectNode newest = JSON.objectNode();
        newest.putObject("published").put("order", "desc");
        if (q.sort() == SearchQuery.Sort.DATE || plan.matchAll()) {
            sort.add(newest).add(score);
        } else {
            sort.add(score).add(newest);
        }
        ArrayNode source = body.putObject("_source").putArray("includes");
        HIT_FIELDS.forEach(source::add);
        ObjectNode aggregations = body.putObject("aggs");
        aggregations.putObject("indexed").putObject("global");
        for (String dimension : SearchResult.FACET_DIMENSIONS) {
            aggregations.putObject(dimension).putObject("terms").put("field", "f_" + dimension)
                    .put("size", dimension.equals("year") ? 50 : 30);
        }
        body.set("highlight", highlight(plan));
        return body;
    }

    /** Title whole (one passage), body in up to two sentence passages of about 80 characters, as Lucene's. */
    private ObjectNode highlight(QueryPlan plan) {
        ObjectNode highlight = JSON.objectNode();
        highlight.put("type", "unified").put("encoder", "default").put("order", "none")
                .put("boundary_scanner", "sentence").put("boundary_scanner_locale", "zh-CN");
        highlight.putArray("pre_tags").add(String.valueOf(MarkFormatter.OPEN));
        highlight.putArray("post_tags").add(String.valueOf(MarkFormatter.CLOSE));
        highlight.set("highlight_query", queries.highlightQuery(plan));
        ObjectNode fields = highlight.putObject("fields");
        fields.putObject(SearchSemantics.HIGHLIGHT_TITLE).put("number_of_fragments", 0).put("no_match_size", 200);
        fields.putObject(SearchSemantics.HIGHLIGHT_BODY).put("number_of_fragments", 2).put("fragment_size", 80)
                .put("no_match_size", 160);
        return highlight;
    }

    private static SearchResult.Hit hit(JsonNode hit) {
        JsonNode d = hit.path("_source");
        String title = text(d, "title");
        List<String> titles = fragments(hit, SearchSemantics.HIGHLIGHT_TITLE);
        List<String> snippets = fragments(hit, SearchSemantics.HIGHLIGHT_BODY);
        return new SearchResult.Hit(Long.parseLong(text(d, "id")), text(d, "indexNumber"), title,
                titles.isEmpty() ? HtmlUtils.htmlEscape(title == null ? "" : title) : MarkFormatter.formatMarked(titles),
                text(d, "publisher"), text(d, "f_unit"), text(d, "documentNumber"), date(text(d, "writtenOn")),
                date(text(d, "publishedOn")), text(d, "f_topicFull"), text(d, "f_category"), text(d, "f_genre"),
                text(d, "f_validity"), text(d, "url"), MarkFormatter.formatMarked(snippets), guide(d));
    }

    /** The key facts of a guide's hit (decision 032), as {@code LuceneDocuments.guide}; null for a document's. */
    private static SearchResult.GuideFacts guide(JsonNode d) {
        String g = LuceneDocuments.GUIDE;
        if (text(d, g + "limit") == null) {
            return null;
        }
        return new SearchResult.GuideFacts(text(d, "indexNumber"), text(d, g + "kind"), text(d, g + "limit"),
                text(d, g + "place"), text(d, g + "hours"), text(d, g + "phone"), text(d, "url"));
    }

    private static List<String> fragments(JsonNode hit, String field) {
        List<String> fragments = new ArrayList<>();
        hit.path("highlight").path(field).forEach(f -> fragments.add(f.asString()));
        return fragments;
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    /** Per dimension, most frequent first (ties by value); years newest first, as Lucene's facets. */
    private static Map<String, List<SearchResult.FacetValue>> facets(JsonNode aggregations) {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : SearchResult.FACET_DIMENSIONS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            for (JsonNode bucket : aggregations.path(dimension).path("buckets")) {
                String value = bucket.path("key").asString();
                values.add(new SearchResult.FacetValue(value, value, bucket.path("doc_count").asLong()));
            }
            if (dimension.equals("year")) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            facets.put(dimension, values);
        }
        return facets;
    }
}
