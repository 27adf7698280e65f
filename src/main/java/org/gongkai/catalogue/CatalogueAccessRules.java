package org.gongkai.catalogue;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may reach the catalogue's endpoints. The disclosure column, feeds, sitemap and the public document API are
 * open; the console and the staff API need a catalogue role (the service then checks the role in the document's
 * unit and the data scope).
 */
@Component
class CatalogueAccessRules implements AccessRules {

    static final Role[] CATALOGUE_ROLES = {Role.EDITOR, Role.REVIEWER, Role.LEADER, Role.SUPERVISOR};

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/openness"),
                AccessRule.publicAccess(HttpMethod.GET, "/openness/**"),
                AccessRule.publicAccess(HttpMethod.GET, "/sitemap.xml"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/documents/{id}"),
                AccessRule.roles("/api/v1/staff/documents", Role.EDITOR, Role.REVIEWER, Role.LEADER),
                AccessRule.roles("/api/v1/staff/documents/**", Role.EDITOR, Role.REVIEWER, Role.LEADER),
                AccessRule.roles("/console/catalogue", CATALOGUE_ROLES),
                AccessRule.roles("/console/catalogue/**", CATALOGUE_ROLES));
    }
}
