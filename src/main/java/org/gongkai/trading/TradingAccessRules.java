package org.gongkai.trading;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Trading: draw records, their replay and the statistics are public; trading officers work on projects and draws
 * and rate the experts drawn; the expert pool is imported by the expert-pool administrator or a trading officer, and
 * read and edited one expert at a time by the administrator alone; the supervisor replays draws in the console.
 */
@Component
class TradingAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/draws/*"),
                AccessRule.publicAccess(HttpMethod.POST, "/api/v1/trading/draws/verify"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/statistics"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/statistics/months"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/statistics/units"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/statistics.xlsx"),
                AccessRule.publicAccess(HttpMethod.GET, "/trading/statistics"),
                AccessRule.publicAccess(HttpMethod.GET, "/trading/draws/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/trading/ocds/release-package"),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/experts/import", Role.EXPERT_ADMIN,
                        Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/trading/experts", Role.EXPERT_ADMIN),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/trading/experts/*", Role.EXPERT_ADMIN),
                AccessRule.roles(HttpMethod.PUT, "/api/v1/staff/trading/experts/*", Role.EXPERT_ADMIN),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects/*/ratings", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects/import", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.PUT, "/api/v1/staff/trading/projects/*", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/trading/projects/*", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects/*/draws", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects/*/evaluation-start",
                        Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/trading/draws/*", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/draws/*/declines", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading/projects/**", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading/draws/**", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading/experts", Role.EXPERT_ADMIN),
                AccessRule.roles("/console/trading/experts/**", Role.EXPERT_ADMIN),
                AccessRule.roles(HttpMethod.GET, "/console/trading/replay", Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.GET, "/console/trading/replay/*", Role.SUPERVISOR),
                // notices (tradnotices): written by trading officers, public once the catalogue publishes them
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/trading/projects/*/notices", Role.TRADING_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/trading/projects/*/notices", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading/notices", Role.TRADING_OFFICER),
                AccessRule.roles("/console/trading/notices/**", Role.TRADING_OFFICER),
                AccessRule.publicAccess(HttpMethod.GET, "/trading"),
                AccessRule.publicAccess(HttpMethod.GET, "/trading/projects/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/trading/feeds/notices"));
    }
}
