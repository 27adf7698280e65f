package org.gongkai.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The console's side navigation, contributed by the modules ({@link ConsoleMenuContribution} beans). A link is
 * shown only when the access rules that the modules declared would let the signed-in user open it, so the menu
 * and the security filter can never disagree.
 */
@Component
class ConsoleNavigation {

    /** One entry of the console's side navigation. */
    public record Link(String label, String href) {}

    private final ObjectProvider<AccessRules> modules;
    private final ObjectProvider<ConsoleMenuContribution> menus;

    ConsoleNavigation(ObjectProvider<AccessRules> modules, ObjectProvider<ConsoleMenuContribution> menus) {
        this.modules = modules;
        this.menus = menus;
    }

    /** Every module's links, in menu order. */
    List<Link> sections() {
        return menus.orderedStream()
                .flatMap(menu -> menu.items().stream())
                .sorted(Comparator.comparingInt(ConsoleMenuContribution.Item::order)
                        .thenComparing(ConsoleMenuContribution.Item::href))
                .map(item -> new Link(item.label(), item.href()))
                .toList();
    }

    List<Link> linksFor(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<AccessRule> rules = ordered();
        return menus.orderedStream()
                .flatMap(menu -> menu.items().stream().filter(item -> menu.offers(item, auth)))
                .sorted(Comparator.comparingInt(ConsoleMenuContribution.Item::order)
                        .thenComparing(ConsoleMenuContribution.Item::href))
                .map(item -> new Link(item.label(), item.href()))
                .filter(link -> mayOpen(rules, link.href(), authorities)).toList();
    }

    /** Same order as the security filter chain. */
    private List<AccessRule> ordered() {
        return AccessRule.mostSpecificFirst(modules.orderedStream());
    }

    /**
     * Whether the access rules let the signed-in user open {@code path} (GET; a query string is ignored): what the
     * console pages ask before they show a link, so a page never offers what the security filter would refuse.
     */
    boolean mayOpen(Authentication auth, String path) {
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return mayOpen(ordered(), path, authorities);
    }

    static boolean mayOpen(List<AccessRule> orderedRules, String path, Set<String> authorities) {
        int query = path.indexOf('?');
        PathContainer container = PathContainer.parsePath(query < 0 ? path : path.substring(0, query));
        for (AccessRule rule : orderedRules) {
            if (rule.method() != null && rule.method() != HttpMethod.GET) {
                continue;
            }
            if (PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container)) {
                return switch (rule.access()) {
                    case PUBLIC, STAFF -> true;
                    case ROLES -> rule.roles().stream().anyMatch(r -> authorities.contains(r.authority()));
                };
            }
        }
        return false;
    }
}
