package org.gongkai.web;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one computation of a request's client address and scheme. Forwarding headers count only when the
 * direct peer is a trusted proxy; then the chain of hops (the header's entries, left to right, followed
 * by the peer) is walked from the right, skipping trusted proxies, and the first untrusted hop is the
 * client. A malformed entry ends the walk at the last trusted hop before it, so nothing a client writes
 * into the header can be taken for its address unless every proxy after it is trusted.
 */
final class ClientAddressResolver {

    /** The resolved origin of a request. */
    record Origin(String clientAddress, boolean secure) {}

    private final List<IpRange> trusted;

    ClientAddressResolver(List<IpRange> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    boolean isTrusted(String address) {
        Optional<byte[]> bytes = IpRange.literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /**
     * @param peer           the TCP peer address
     * @param secure         whether the connection to us is TLS
     * @param forwarded      values of {@code Forwarded} headers (RFC 7239), in order
     * @param forwardedFor   values of {@code X-Forwarded-For} headers, in order
     * @param forwardedProto values of {@code X-Forwarded-Proto} headers, in order
     */
    Origin resolve(String peer, boolean secure, List<String> forwarded, List<String> forwardedFor,
            List<String> forwardedProto) {
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return new Origin(peer, secure);
        }
        List<String> hops = new ArrayList<>();
        String proto = null;
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    hops.add(param(element, "for"));
                    String p = param(element, "proto");
                    if (p != null) {
                        proto = p;
                    }
                }
            }
        } else {
            for (String header : forwardedFor) {
                for (String entry : header.split(",")) {
                    hops.add(entry);
                }
            }
            if (!forwardedProto.isEmpty()) {
                String last = forwardedProto.get(forwardedProto.size() - 1);
                proto = last.substring(last.lastIndexOf(',') + 1);
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = host(hops.get(i));
            if (hop == null) {
                break; // malformed or obfuscated ("unknown", "_hidden"): keep the last known hop
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        boolean viaTls = secure || (proto != null && proto.strip().toLowerCase(Locale.ROOT).equals("https"));
        return new Origin(client, viaTls);
    }

    /** The value of {@code name=} in one Forwarded element ({@code for=192.0.2.60;proto=http;by=...}), or null. */
    private static String param(String element, String name) {
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
                return pair.substring(eq + 1).strip();
            }
        }
        return null;
    }

    /** An address literal from a hop entry ({@code 1.2.3.4}, {@code 1.2.3.4:80}, {@code "[::1]:80"}), or null. */
    static String host(String entry) {
        if (entry == null) {
            return null;
        }
        String e = entry.strip();
        if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
            e = e.substring(1, e.length() - 1).strip();
        }
        if (e.startsWith("[")) {
            int close = e.indexOf(']');
            e = close < 0 ? "" : e.substring(1, close);
        } else if (e.indexOf(':') > 0 && e.indexOf(':') == e.lastIndexOf(':')) {
            e = e.substring(0, e.indexOf(':')); // IPv4 with a port
        }
        return IpRange.literal(e).isPresent() ? e : null;
    }

    static List<String> values(Enumeration<String> headers) {
        List<String> out = new ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            out.add(headers.nextElement());
        }
        return out;
    }
}
