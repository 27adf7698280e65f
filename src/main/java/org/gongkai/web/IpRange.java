package org.gongkai.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code gongkai.network.trusted-proxies}: an IPv4 or IPv6 address, optionally with a prefix
 * length ({@code 10.0.0.0/8}, {@code 192.168.1.10}, {@code fd00::/8}). Only address literals are accepted,
 * never host names, so parsing never touches DNS.
 */
record IpRange(byte[] network, int prefix, String text) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    static IpRange parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        byte[] bytes = literal(address).orElseThrow(() ->
                new IllegalArgumentException("gongkai.network.trusted-proxies: \"" + text + "\" is not an IP address or CIDR range"));
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("gongkai.network.trusted-proxies: bad prefix length in \"" + text + "\"");
            }
        }
        return new IpRange(bytes, prefix, t);
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 becomes IPv4), or empty if it is not one. */
    static Optional<byte[]> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        boolean v4 = IPV4.matcher(a).matches();
        if (!v4 && !(IPV6.matcher(a).matches() && a.indexOf(':') >= 0)) {
            return Optional.empty();
        }
        if (v4) {
            for (String part : a.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(a).getAddress()); // a literal: no lookup
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }
}
