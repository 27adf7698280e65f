package org.gongkai.search;

import org.gongkai.common.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search engine behind {@link SearchBackend}: Lucene under {@code <data-dir>/index}, committed on a schedule with
 * the index feed's cursor (decisions 005, 015), unless {@code gongkai.search.engine=opensearch} names a cluster
 * (decision 017).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    Analysis searchAnalysis() {
        return new Analysis();
    }

    @Bean
    SearchSemantics searchSemantics(Analysis analysis) {
        return new SearchSemantics(analysis);
    }

    @Bean(destroyMethod = "close")
    SearchBackend searchBackend(SearchProperties search, GongkaiProperties properties, Analysis analysis) {
        return switch (search.engine()) {
            case LUCENE -> new LuceneSearchBackend(properties.dataDir().resolve("index"), analysis, false);
            case OPENSEARCH -> OpenSearchSearchBackend.connect(search.opensearch().validated(), analysis);
        };
    }
}
