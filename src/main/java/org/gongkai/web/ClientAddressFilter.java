package org.gongkai.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs first on every request and makes the rest of the application see one truth about where the request
 * came from: {@code getRemoteAddr()} is the client address resolved by {@link ClientAddressResolver} (so the
 * rate limits, the status-lookup throttle and the audit source address all use it), {@code isSecure()} honours
 * X-Forwarded-Proto only from a trusted proxy, and the server name, port and request URL are those of
 * {@code gongkai.portal.base-url}. Forwarding headers and the client's Host header are hidden from everything
 * downstream, so no later code can reflect or trust them by mistake.
 */
class ClientAddressFilter extends OncePerRequestFilter {

    private final ClientAddressResolver resolver;
    private final SiteAddress site;

    ClientAddressFilter(ClientAddressResolver resolver, SiteAddress site) {
        this.resolver = resolver;
        this.site = site;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof Resolved) {
            chain.doFilter(request, response);
            return;
        }
        ClientAddressResolver.Origin origin = resolver.resolve(request.getRemoteAddr(), request.isSecure(),
                ClientAddressResolver.values(request.getHeaders("Forwarded")),
                ClientAddressResolver.values(request.getHeaders("X-Forwarded-For")),
                ClientAddressResolver.values(request.getHeaders("X-Forwarded-Proto")));
        chain.doFilter(new Resolved(request, origin, site), response);
    }

    static boolean hidden(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        return h.equals("forwarded") || h.startsWith("x-forwarded-") || h.equals("x-real-ip");
    }

    /** The request as the application sees it. */
    static final class Resolved extends HttpServletRequestWrapper {

        private final ClientAddressResolver.Origin origin;
        private final SiteAddress site;

        Resolved(HttpServletRequest request, ClientAddressResolver.Origin origin, SiteAddress site) {
            super(request);
            this.origin = origin;
            this.site = site;
        }

        @Override
        public String getRemoteAddr() {
            return origin.clientAddress();
        }

        @Override
        public String getRemoteHost() {
            return origin.clientAddress();
        }

        @Override
        public boolean isSecure() {
            return origin.secure();
        }

        @Override
        public String getScheme() {
            return origin.secure() ? "https" : "http";
        }

        @Override
        public String getServerName() {
            return site.host();
        }

        @Override
        public int getServerPort() {
            return site.port();
        }

        @Override
        public StringBuffer getRequestURL() {
            boolean defaultPort = site.port() == ("https".equals(site.scheme()) ? 443 : 80);
            return new StringBuffer(site.scheme()).append("://").append(site.host())
                    .append(defaultPort ? "" : ":" + site.port()).append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            if (hidden(name)) {
                return null;
            }
            return "host".equalsIgnoreCase(name) ? authority() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (hidden(name)) {
                return Collections.emptyEnumeration();
            }
            return "host".equalsIgnoreCase(name) ? Collections.enumeration(List.of(authority())) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames()).stream().filter(n -> !hidden(n)).toList();
            return Collections.enumeration(names);
        }

        private String authority() {
            boolean defaultPort = site.port() == ("https".equals(site.scheme()) ? 443 : 80);
            return site.host() + (defaultPort ? "" : ":" + site.port());
        }
    }
}
