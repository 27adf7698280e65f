package org.gongkai.web;

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
 * The console's side navigation. A link is shown only when the access rules that the modules declared
 * would let the signed-in user open it, so the menu and the security filter can never disagree.
 */
@Component
class ConsoleNavigation {

    /** One entry of the console's side navigation. */
    public record Link(String label, String href) {}

    static final List<Link> SECTIONS = List.of(
            new Link("公开目录", "/console/catalogue"),
            new Link("搜索管理", "/console/search"),
            new Link("同义词", "/console/search/synonyms"),
            new Link("无结果搜索词", "/console/search/zero-results"),
            new Link("组织机构", "/console/organisation/units"),
            new Link("人员", "/console/organisation/staff"),
            new Link("账号与安全", "/console/identity/accounts"),
            new Link("我的令牌", "/console/identity/tokens"),
            new Link("修改密码", "/console/identity/password"),
            new Link("工作日历", "/console/calendar"),
            new Link("审计日志", "/console/audit"),
            new Link("依申请公开", "/console/requests"),
            new Link("文书模板", "/console/requests/letter-templates"),
            new Link("年度报告", "/console/reports"),
            new Link("我的消息", "/console/inbox"),
            new Link("通知模板", "/console/notify/templates"));

    private final ObjectProvider<AccessRules> modules;

    ConsoleNavigation(ObjectProvider<AccessRules> modules) {
        this.modules = modules;
    }

    List<Link> linksFor(Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<AccessRule> rules = ordered();
        return SECTIONS.stream().filter(link -> mayOpen(rules, link.href(), authorities)).toList();
    }

    /** Same order as the security filter chain. */
    private List<AccessRule> ordered() {
        return AccessRule.mostSpecificFirst(modules.orderedStream());
    }

    static boolean mayOpen(List<AccessRule> orderedRules, String path, Set<String> authorities) {
        PathContainer container = PathContainer.parsePath(path);
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
