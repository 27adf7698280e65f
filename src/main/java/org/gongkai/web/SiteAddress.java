package org.gongkai.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The site's public address from {@code gongkai.portal.base-url}: the only source of absolute URLs
 * (sitemap, feeds, page metadata, links in messages). Request headers (Host, X-Forwarded-Host) never are.
 */
@Component
public class SiteAddress {

    static final String DEFAULT = "http://localhost:8080";

    private final URI base;
    private final String text;

    @org.springframework.beans.factory.annotation.Autowired
    public SiteAddress(PortalProperties portal) {
        this(portal.baseUrl());
    }

    SiteAddress(String baseUrl) {
        this.text = normalise(baseUrl);
        this.base = URI.create(text);
    }

    /** {@code https://www.example.gov.cn} (no trailing slash). */
    public String baseUrl() {
        return text;
    }

    /** The host name (for the SiteDomain meta tag). */
    public String host() {
        return base.getHost();
    }

    int port() {
        return base.getPort() > 0 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
    }

    String scheme() {
        return base.getScheme();
    }

    /** The absolute URL of a site path ({@code /openness/documents/1} → {@code https://…/openness/documents/1}). */
    public String absolute(String path) {
        if (path == null || path.isEmpty()) {
            return text + "/";
        }
        return text + (path.startsWith("/") ? path : "/" + path);
    }

    /** Checks and normalises a configured base URL; null means the default. */
    static String normalise(String configured) {
        String value = configured == null ? DEFAULT : configured.strip();
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("gongkai.portal.base-url must be http(s)://host[:port][/path], got "
                        + configured);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("gongkai.portal.base-url is not a URL: " + configured, e);
        }
        return value;
    }
}
