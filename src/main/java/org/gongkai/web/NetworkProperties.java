package org.gongkai.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where requests come from, under {@code gongkai.network.*}.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the application. Only a
 *                       request whose direct peer is one of them may name the client (X-Forwarded-For,
 *                       Forwarded) and the scheme (X-Forwarded-Proto). Empty (the default): trust nobody, the
 *                       client is the TCP peer.
 */
@ConfigurationProperties("gongkai.network")
public record NetworkProperties(List<String> trustedProxies) {

    public NetworkProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    List<IpRange> ranges() {
        return trustedProxies.stream().map(IpRange::parse).toList();
    }
}
