package org.gongkai.services.ratings;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the 好差评 endpoints: anyone rates a case with its query code and reads the published outcomes;
 * service officers and the director work rectifications; the supervisor and the director decide appeals (the
 * handlers apply the data scope: another unit's rectification is 404).
 */
@Component
class RatingAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.POST, "/api/v1/service-cases/{caseNumber}/ratings"),
                AccessRule.publicAccess("/services/cases/{caseNumber}/rate"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/rectifications"),
                AccessRule.roles(HttpMethod.GET, RatingApi.STAFF, RatingCommandHandlers.READERS),
                AccessRule.roles(HttpMethod.GET, RatingApi.STAFF + "/{id}", RatingCommandHandlers.READERS),
                AccessRule.roles(HttpMethod.POST, RatingApi.STAFF + "/**", RatingCommandHandlers.READERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/rectifications", RatingCommandHandlers.READERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/rectifications/{id}", RatingCommandHandlers.READERS),
                AccessRule.roles(HttpMethod.POST, "/console/services/rectifications/**", RatingCommandHandlers.READERS));
    }
}
