package org.gongkai.search;

import org.gongkai.common.GongkaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Lucene backend under {@code <data-dir>/index}, committed on a schedule with the index feed's cursor (decisions 005, 015). */
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
    LuceneSearchBackend luceneSearchBackend(GongkaiProperties properties, Analysis analysis) {
        return new LuceneSearchBackend(properties.dataDir().resolve("index"), analysis, false);
    }
}
