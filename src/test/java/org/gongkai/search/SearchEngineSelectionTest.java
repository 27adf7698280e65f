package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * {@code gongkai.search.engine} picks the engine behind the port: Lucene by default, OpenSearch when configured (its
 * contract runs in the search-opensearch module); bad settings stop the start with the setting's name.
 */
class SearchEngineSelectionTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SearchProperties.class, GongkaiProperties.class})
    static class Properties {}

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Properties.class, SearchConfiguration.class)
                .withPropertyValues("gongkai.data-dir=" + dir);
    }

    @Test
    void luceneByDefault() {
        runner().run(context -> assertThat(context.getBean(SearchBackend.class)).isInstanceOf(LuceneSearchBackend.class));
    }

    @Test
    void openSearchWhenConfiguredAndTheBackendIsBuiltWithoutTheCluster() {
        runner().withPropertyValues("gongkai.search.engine=opensearch",
                        "gongkai.search.opensearch.url=http://127.0.0.1:19298", // nothing listens here
                        "gongkai.search.opensearch.username=gongkai", "gongkai.search.opensearch.password=s3cret",
                        "gongkai.search.opensearch.index=county-990101")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SearchBackend backend = context.getBean(SearchBackend.class);
                    assertThat(backend).isInstanceOf(OpenSearchSearchBackend.class);
                    SearchProperties.OpenSearch settings = context.getBean(SearchProperties.class).opensearch();
                    assertThat(settings.index()).isEqualTo("county-990101");
                    assertThat(settings.toString()).contains("gongkai").doesNotContain("s3cret");
                    // the first use tries again, and says where it failed
                    assertThatThrownBy(backend::count).hasMessageContaining("http://127.0.0.1:19298");
                });
    }

    @Test
    void badSettingsStopTheStartNamingTheSetting() {
        runner().withPropertyValues("gongkai.search.engine=elastic").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("gongkai.search.engine"));
        runner().withPropertyValues("gongkai.search.engine=opensearch").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("gongkai.search.opensearch.url"));
        assertThatThrownBy(() -> new SearchProperties.OpenSearch(URI.create("http://search:9200"), null, null,
                "Gongkai Documents", null, null, null).validated()).hasMessageContaining("gongkai.search.opensearch.index");
    }
}
