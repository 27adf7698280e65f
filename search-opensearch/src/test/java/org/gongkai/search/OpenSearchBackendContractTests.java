package org.gongkai.search;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.Name;
import com.carrotsearch.randomizedtesting.annotations.ParametersFactory;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.tests.util.QuickPatchThreadsFilter;
import org.junit.AfterClass;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4Plugin;

/**
 * {@link SearchBackendContract} on a real OpenSearch 2.19 node started in this JVM (one node for the whole suite, HTTP
 * on 19200–19249): each contract test is one case here, on a new alias and index of its own, through
 * {@link OpenSearchSearchBackend} exactly as the application builds it. The node has the plugins a production
 * cluster needs: analysis-common (cjk_width, cjk_bigram) and analysis-smartcn.
 */
@OpenSearchIntegTestCase.ClusterScope(scope = OpenSearchIntegTestCase.Scope.SUITE, numDataNodes = 1, numClientNodes = 0,
        supportsDedicatedMasters = false)
@ThreadLeakFilters(defaultFilters = true, filters = {QuickPatchThreadsFilter.class,
        OpenSearchBackendContractTests.HttpClientThreads.class})
public class OpenSearchBackendContractTests extends OpenSearchIntegTestCase {

    private static final AtomicInteger INDICES = new AtomicInteger();
    private static final java.util.Queue<String> PASSED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final ContractCase contractCase;

    public OpenSearchBackendContractTests(@Name("contract") ContractCase contractCase) {
        this.contractCase = contractCase;
    }

    @ParametersFactory(argumentFormatting = "%s")
    public static Iterable<Object[]> cases() {
        String only = System.getProperty("contract.only", "");
        return ContractCase.of(SearchBackendContract.class).stream().filter(c -> c.toString().contains(only))
                .map(c -> new Object[] {c}).toList();
    }

    public void testContract() throws Throwable {
        contractCase.run(new OnOpenSearch(httpAddress()));
        PASSED.add(contractCase.toString());
    }

    /** Which cases passed, by name (surefire's report cannot name parameterised JUnit 4 cases). */
    @AfterClass
    public static void listPassed() {
        System.out.println("OpenSearch contract: " + PASSED.size() + " cases passed: " + String.join(", ", PASSED));
    }

    /** The contract's backend: a new alias per test; the alias's indices are deleted afterwards. */
    static final class OnOpenSearch extends SearchBackendContract {

        private final URI url;
        private String alias;

        OnOpenSearch(URI url) {
            this.url = url;
        }

        @Override
        protected SearchBackend openEmpty() {
            alias = "contract-" + INDICES.incrementAndGet();
            return new OpenSearchSearchBackend(client(), alias, 1, 0, analysis);
        }

        @Override
        protected void release(SearchBackend backend) {
            client().exchange("DELETE", "/" + alias + "-*", null, null, Set.of(404));
        }

        private OpenSearchClient client() {
            return new OpenSearchClient(url, null, null, Duration.ofSeconds(60));
        }
    }

    private static URI httpAddress() {
        InetSocketAddress address = cluster().httpAddresses()[0];
        return URI.create("http://" + address.getHostString() + ":" + address.getPort());
    }

    @Override
    protected Collection<Class<? extends Plugin>> nodePlugins() {
        return List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, AnalysisSmartChinesePlugin.class);
    }

    @Override
    protected boolean addMockHttpTransport() {
        return false; // real HTTP (Netty), as the application talks to a cluster
    }

    @Override
    protected Settings nodeSettings(int nodeOrdinal) {
        return Settings.builder().put(super.nodeSettings(nodeOrdinal))
                .put("http.port", "19200-19249").put("transport.port", "19250-19300").build();
    }

    @Override
    protected void randomIndexTemplate() {
        // none: the indices get exactly the settings the application gives them
    }

    /** The JDK HTTP client's selector and worker threads end when the client is collected, not with the test. */
    public static final class HttpClientThreads implements ThreadFilter {
        @Override
        public boolean reject(Thread t) {
            return t.getName().startsWith("HttpClient-");
        }
    }
}
