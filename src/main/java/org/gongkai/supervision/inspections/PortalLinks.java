package org.gongkai.supervision.inspections;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.web.SiteAddress;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether a link in a public document points into the portal and, if so, whether its target exists — without any
 * network request. A link into the portal is a path ({@code /…}) or an absolute URL on the site's own host; other
 * links (other sites, mail) are not checked. A document page ({@code /openness/documents/{id}}) exists while the
 * document is public; any other path exists when a GET page of the application or a static file answers it.
 */
@Component
class PortalLinks {

    private static final Pattern DOCUMENT = Pattern.compile("/openness/documents/(\\d{1,18})/?");

    /** The verdict on one link: not ours (external), fine, or dead. */
    enum Verdict { EXTERNAL, LIVE, DEAD }

    private final SiteAddress site;
    private final RequestMappingHandlerMapping mappings;

    PortalLinks(SiteAddress site, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.site = site;
        this.mappings = mappings;
    }

    /** The verdict on {@code href} given the ids of the documents public now. */
    Verdict check(String href, Set<Long> publicDocuments) {
        Optional<String> path = internalPath(href);
        if (path.isEmpty()) {
            return Verdict.EXTERNAL;
        }
        Matcher m = DOCUMENT.matcher(path.get());
        if (m.matches()) {
            return publicDocuments.contains(Long.parseLong(m.group(1))) ? Verdict.LIVE : Verdict.DEAD;
        }
        return page(path.get()) ? Verdict.LIVE : Verdict.DEAD;
    }

    /** The path of a link into the portal, without query and fragment; empty for other links. */
    Optional<String> internalPath(String href) {
        if (href == null || href.isBlank() || href.startsWith("#")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href.strip());
            if (uri.getScheme() != null) {
                String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                        || !uri.getHost().equalsIgnoreCase(site.host())) {
                    return Optional.empty();
                }
            } else if (uri.getRawAuthority() != null || uri.getPath() == null || !uri.getPath().startsWith("/")) {
                return Optional.empty(); // protocol-relative or relative links: not resolvable without a base
            }
            String path = uri.getPath();
            return path == null || path.isEmpty() ? Optional.of("/") : Optional.of(path);
        } catch (java.net.URISyntaxException e) {
            return href.startsWith("/") ? Optional.of(href.replaceAll("[?#].*$", "")) : Optional.empty();
        }
    }

    private boolean page(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (!path.contains("..") && new ClassPathResource("static" + path).exists()) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (info.getPathPatternsCondition() != null && info.getPathPatternsCondition().getPatterns().stream()
                    .anyMatch(p -> p.matches(container))) {
                return true;
            }
        }
        return false;
    }
}
