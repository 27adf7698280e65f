package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one computation of the client address: forwarded headers count only from trusted proxies. */
class ClientAddressResolverTest {

    static ClientAddressResolver trusting(String... ranges) {
        return new ClientAddressResolver(List.of(ranges).stream().map(IpRange::parse).toList());
    }

    static String client(ClientAddressResolver r, String peer, String xff) {
        return r.resolve(peer, false, List.of(), xff == null ? List.of() : List.of(xff), List.of()).clientAddress();
    }

    @Test
    void byDefaultNobodyIsTrustedAndTheClientIsThePeer() {
        ClientAddressResolver none = trusting();
        assertThat(client(none, "203.0.113.7", "1.2.3.4")).isEqualTo("203.0.113.7");
        assertThat(none.resolve("203.0.113.7", false, List.of("for=1.2.3.4;proto=https"), List.of(), List.of("https")))
                .isEqualTo(new ClientAddressResolver.Origin("203.0.113.7", false));
    }

    @Test
    void headersFromAnUntrustedPeerAreIgnored() {
        ClientAddressResolver r = trusting("10.0.0.0/8");
        assertThat(client(r, "203.0.113.7", "10.0.0.1, 1.2.3.4")).isEqualTo("203.0.113.7");
        assertThat(r.resolve("203.0.113.7", false, List.of(), List.of(), List.of("https")).secure()).isFalse();
    }

    @Test
    void aTrustedProxyNamesTheClientAndTheRightmostUntrustedHopWins() {
        ClientAddressResolver r = trusting("10.0.0.0/8", "192.168.1.10");
        assertThat(client(r, "10.1.2.3", "198.51.100.20")).isEqualTo("198.51.100.20");
        // the client forged "6.6.6.6" in front; the proxy appended the real address
        assertThat(client(r, "10.1.2.3", "6.6.6.6, 198.51.100.20")).isEqualTo("198.51.100.20");
        // two trusted proxies in a row
        assertThat(client(r, "10.1.2.3", "6.6.6.6, 198.51.100.20, 192.168.1.10")).isEqualTo("198.51.100.20");
        assertThat(r.resolve("10.1.2.3", false, List.of(), List.of("198.51.100.20"), List.of("https")).secure()).isTrue();
    }

    @Test
    void malformedEntriesNeverBecomeTheAddress() {
        ClientAddressResolver r = trusting("10.0.0.0/8");
        assertThat(client(r, "10.1.2.3", "evil.example")).isEqualTo("10.1.2.3");
        assertThat(client(r, "10.1.2.3", "unknown")).isEqualTo("10.1.2.3");
        assertThat(client(r, "10.1.2.3", "<script>")).isEqualTo("10.1.2.3");
        assertThat(client(r, "10.1.2.3", "198.51.100.20:4711")).isEqualTo("198.51.100.20");
        assertThat(client(r, "10.1.2.3", "999.1.1.1")).isEqualTo("10.1.2.3");
    }

    @Test
    void forwardedHeaderOfRfc7239IsReadToo() {
        ClientAddressResolver r = trusting("10.0.0.0/8", "::1");
        var origin = r.resolve("10.1.2.3", false,
                List.of("for=6.6.6.6, for=\"[2001:db8::17]:4711\";proto=https"), List.of("1.1.1.1"), List.of());
        assertThat(origin.clientAddress()).isEqualTo("2001:db8::17");
        assertThat(origin.secure()).isTrue();
        assertThat(client(r, "::1", "198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void rangesAcceptOnlyAddressLiterals() {
        assertThat(IpRange.parse("10.0.0.0/8").contains(IpRange.literal("10.255.1.1").orElseThrow())).isTrue();
        assertThat(IpRange.parse("10.0.0.0/8").contains(IpRange.literal("11.0.0.1").orElseThrow())).isFalse();
        assertThat(IpRange.parse("172.16.0.0/12").contains(IpRange.literal("172.31.255.255").orElseThrow())).isTrue();
        assertThat(IpRange.parse("172.16.0.0/12").contains(IpRange.literal("172.32.0.1").orElseThrow())).isFalse();
        assertThat(IpRange.parse("fd00::/8").contains(IpRange.literal("fd12::1").orElseThrow())).isTrue();
        assertThat(IpRange.parse("fd00::/8").contains(IpRange.literal("10.0.0.1").orElseThrow())).isFalse();
        assertThat(IpRange.literal("localhost")).isEmpty();
        assertThatThrownBy(() -> IpRange.parse("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void siteAddressAcceptsOnlyHttpBaseUrls() {
        assertThat(new SiteAddress("https://www.example.gov.cn/").absolute("/sitemap.xml"))
                .isEqualTo("https://www.example.gov.cn/sitemap.xml");
        assertThat(new SiteAddress((String) null).baseUrl()).isEqualTo("http://localhost:8080");
        assertThatThrownBy(() -> new SiteAddress("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteAddress("https://x.example/?a=b")).isInstanceOf(IllegalArgumentException.class);
    }
}
