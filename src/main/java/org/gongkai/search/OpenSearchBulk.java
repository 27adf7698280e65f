package org.gongkai.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes of the OpenSearch backend as {@code _bulk} requests of bounded size, each action to every target index (the
 * alias, and during a rebuild the new index too); {@link #finish} sends the rest and, when asked, makes every write
 * searchable (one refresh). A document OpenSearch refuses fails the write with its reason.
 */
final class OpenSearchBulk {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** One request carries at most this many actions or characters (OpenSearch's default limit is 100 MB). */
    static final int BULK_DOCUMENTS = 1_000;
    static final int BULK_CHARS = 8 * 1024 * 1024;

    private final OpenSearchClient client;
    private final List<String> targets;
    private final boolean refresh;
    private final StringBuilder lines = new StringBuilder();
    private int actions;
    private int requests;
    private long upserts;

    OpenSearchBulk(OpenSearchClient client, List<String> targets, boolean refresh) {
        this.client = client;
        this.targets = targets;
        this.refresh = refresh;
    }

    void upsert(IndexedDocument document) {
        String source = client.json().writeValueAsString(OpenSearchDocuments.source(document));
        for (String target : targets) {
            action("index", target, document.id());
            lines.append(source).append('\n');
        }
        upserts++;
        sendWhenFull();
    }

    void delete(long id) {
        for (String target : targets) {
            action("delete", target, id);
        }
        sendWhenFull();
    }

    private void action(String kind, String index, long id) {
        ObjectNode action = JSON.objectNode();
        action.putObject(kind).put("_index", index).put("_id", Long.toString(id));
        lines.append(client.json().writeValueAsString(action)).append('\n');
        actions++;
    }

    private void sendWhenFull() {
        if (actions >= BULK_DOCUMENTS || lines.length() >= BULK_CHARS) {
            send(false);
        }
    }

    long upserts() {
        return upserts;
    }

    void finish() {
        boolean single = requests == 0;
        if (actions > 0) {
            send(refresh && single); // one request: refresh inline; several: one refresh below
        }
        if (refresh && !single) {
            client.send("POST", "/" + String.join(",", targets) + "/_refresh", null);
        }
    }

    private void send(boolean refreshNow) {
        JsonNode answer = client.exchange("POST", "/_bulk" + (refreshNow ? "?refresh=true" : ""),
                OpenSearchClient.NDJSON, lines.toString(), Set.of()).body();
        lines.setLength(0);
        actions = 0;
        requests++;
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode result = item.propertyStream().findFirst().map(Map.Entry::getValue).orElse(JSON.nullNode());
                if (result.has("error")) {
                    throw new IllegalStateException("OpenSearch refused document " + result.path("_id").asString()
                            + ": " + OpenSearchClient.reason(result));
                }
            }
        }
    }
}
