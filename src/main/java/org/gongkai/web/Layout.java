package org.gongkai.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout fragments read, as the bean {@code gongkaiLayout} ({@code ${@gongkaiLayout.siteName()}}).
 * A bean rather than model attributes so that every view has it, including error pages rendered by the
 * exception handler and the error controller.
 */
@Component("gongkaiLayout")
public class Layout {

    /** One entry of the portal's main navigation. */
    public record NavItem(String label, String href) {}

    static final List<NavItem> PORTAL_NAV = List.of(
            new NavItem("首页", "/"),
            new NavItem("政府信息公开", "/openness"),
            new NavItem("政务服务", "/services"),
            new NavItem("互动交流", "/interaction"),
            new NavItem("公共资源交易", "/trading"),
            new NavItem("数据发布", "/data"));

    private final GongkaiProperties properties;
    private final PortalProperties portal;
    private final ConsoleNavigation consoleNavigation;

    Layout(GongkaiProperties properties, PortalProperties portal, ConsoleNavigation consoleNavigation) {
        this.properties = properties;
        this.portal = portal;
        this.consoleNavigation = consoleNavigation;
    }

    public String siteName() {
        return properties.siteName();
    }

    public PortalProperties portal() {
        return portal;
    }

    public List<NavItem> portalNav() {
        return PORTAL_NAV;
    }

    public List<ConsoleNavigation.Link> consoleNav() {
        return consoleNavigation.linksFor(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Whether the signed-in user may open the console page {@code path} (the access rules, GET): templates show a
     * link or button to a page only when this is true.
     */
    public boolean mayOpen(String path) {
        return consoleNavigation.mayOpen(SecurityContextHolder.getContext().getAuthentication(), path);
    }

    /** The signed-in staff member's display name, or null. */
    public String userName() {
        return Actor.current().map(Actor::displayName).orElse(null);
    }

    public boolean largeText() {
        return modes().largeText();
    }

    public boolean highContrast() {
        return modes().highContrast();
    }

    /** Classes for {@code <html>}: {@code mode-large-text}, {@code mode-high-contrast}. */
    public String htmlClass() {
        return modes().htmlClass();
    }

    /** The path (and query) of the page being shown, so the mode form can come back to it. */
    public String currentPath() {
        return request().map(r -> {
            Object original = r.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            String path = original instanceof String s ? s : r.getRequestURI();
            String context = r.getContextPath();
            if (!context.isEmpty() && path.startsWith(context)) {
                path = path.substring(context.length());
            }
            String query = original == null ? r.getQueryString() : null;
            return query == null ? path : path + "?" + query;
        }).orElse("/");
    }

    /** Whether {@code href} is the current section, for {@code aria-current}. */
    public boolean isCurrent(String href) {
        String path = currentPath();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
    }

    private DisplayModes modes() {
        return request().map(DisplayModes::of).orElse(DisplayModes.DEFAULT);
    }

    private static Optional<HttpServletRequest> request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? Optional.of(attrs.getRequest())
                : Optional.empty();
    }
}
