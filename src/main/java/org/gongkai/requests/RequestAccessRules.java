package org.gongkai.requests;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the requests endpoints: anyone may apply and follow their own request (tracking number and
 * access code); request officers act on their units' requests; supervisors and leaders read (the service
 * applies the data scope: other units' requests are 404). The fee quote and letter templates belong to the
 * fees/letters packages, which declare their own rules.
 */
@Component
class RequestAccessRules implements AccessRules {

    static final String STAFF_API = "/api/v1/staff/disclosure-requests";

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.POST, "/api/v1/disclosure-requests"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/disclosure-requests/decision-codes"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/disclosure-requests/{trackingNumber}"),
                AccessRule.publicAccess(HttpMethod.GET, "/openness/apply"),
                AccessRule.publicAccess(HttpMethod.GET, "/openness/apply/application-form.docx"),
                AccessRule.publicAccess(HttpMethod.GET, "/openness/apply/application-form.pdf"),
                AccessRule.publicAccess("/requests/apply"),
                AccessRule.publicAccess("/requests/receipt"),
                AccessRule.publicAccess("/requests/status"),
                AccessRule.publicAccess("/requests/status/letter"),
                AccessRule.publicAccess(HttpMethod.POST, "/requests/receipt/pdf"),
                AccessRule.publicAccess(HttpMethod.GET, "/requests/register"),
                AccessRule.publicAccess(HttpMethod.GET, "/requests/register/**"),
                AccessRule.roles("/console/requests/register-settings", Role.LEADER),
                AccessRule.roles(HttpMethod.GET, STAFF_API + "/{trackingNumber}", Role.REQUEST_OFFICER,
                        Role.SUPERVISOR, Role.LEADER),
                AccessRule.roles(HttpMethod.POST, STAFF_API, Role.REQUEST_OFFICER),
                AccessRule.roles(HttpMethod.POST, STAFF_API + "/**", Role.REQUEST_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/console/requests", Role.REQUEST_OFFICER, Role.SUPERVISOR,
                        Role.LEADER),
                AccessRule.roles(HttpMethod.GET, "/console/requests/overdue", Role.REQUEST_OFFICER, Role.SUPERVISOR,
                        Role.LEADER),
                AccessRule.roles(HttpMethod.GET, "/console/requests/{trackingNumber}", Role.REQUEST_OFFICER,
                        Role.SUPERVISOR, Role.LEADER),
                AccessRule.roles(HttpMethod.GET, "/console/requests/{trackingNumber}/letters/**", Role.REQUEST_OFFICER,
                        Role.SUPERVISOR, Role.LEADER),
                AccessRule.roles(HttpMethod.GET, "/console/requests/{trackingNumber}/attachments/{id}",
                        Role.REQUEST_OFFICER, Role.SUPERVISOR, Role.LEADER),
                AccessRule.roles(HttpMethod.POST, "/console/requests/{trackingNumber}/reveal", Role.REQUEST_OFFICER,
                        Role.SUPERVISOR, Role.LEADER),
                AccessRule.roles("/console/requests/new", Role.REQUEST_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/console/requests/**", Role.REQUEST_OFFICER));
    }
}
