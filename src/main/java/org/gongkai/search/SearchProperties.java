package org.gongkai.search;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which engine answers searches ({@code gongkai.search.*}, decision 017): Lucene inside the application (the default,
 * one instance per index) or an OpenSearch cluster (several application instances share one index).
 *
 * @param engine     {@code lucene} (default) or {@code opensearch}
 * @param opensearch the cluster, when {@code engine=opensearch}
 */
@ConfigurationProperties("gongkai.search")
record SearchProperties(Engine engine, OpenSearch opensearch) {

    enum Engine { LUCENE, OPENSEARCH }

    SearchProperties {
        engine = engine == null ? Engine.LUCENE : engine;
        opensearch = opensearch == null ? new OpenSearch(null, null, null, null, null, null, null) : opensearch;
    }

    /**
     * @param url      base address, e.g. {@code https://search.example.gov.cn:9200} (required for OpenSearch)
     * @param username basic-authentication user; empty for a cluster without security
     * @param password its password (never logged)
     * @param index    the alias the application reads and writes (default {@code gongkai-documents}); a rebuild
     *                 fills a new index behind it and swaps it atomically. One alias per county on a shared cluster.
     * @param shards   primary shards of a new index (default 1: same scores as Lucene; one shard holds millions of
     *                 county documents)
     * @param replicas replicas of a new index (default 1; 0 on a one-node cluster)
     * @param timeout  longest wait for one request (default 30 s; a rebuild's bulk requests too)
     */
    record OpenSearch(URI url, String username, String password, String index, Integer shards, Integer replicas,
            Duration timeout) {

        static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

        OpenSearch {
            index = index == null || index.isBlank() ? "gongkai-documents" : index.strip();
            shards = shards == null || shards < 1 ? 1 : shards;
            replicas = replicas == null || replicas < 0 ? 1 : replicas;
            timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(30) : timeout;
            username = username == null || username.isBlank() ? null : username;
        }

        /** Refuses to start with settings that cannot work, naming the setting. */
        OpenSearch validated() {
            if (url == null || url.getHost() == null
                    || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalStateException("gongkai.search.opensearch.url must be an http(s) address when "
                        + "gongkai.search.engine=opensearch (got " + url + ")");
            }
            if (!INDEX_NAME.matcher(index).matches()) {
                throw new IllegalStateException("gongkai.search.opensearch.index must be lower-case letters, digits, "
                        + "'-' or '_' (got " + index + ")");
            }
            return this;
        }

        @Override
        public String toString() {
            return "OpenSearch[url=" + url + ", username=" + username + ", password=" + (password == null ? "" : "***")
                    + ", index=" + index + ", shards=" + shards + ", replicas=" + replicas + ", timeout=" + timeout + "]";
        }
    }
}
