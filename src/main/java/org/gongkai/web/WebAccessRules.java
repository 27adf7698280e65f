package org.gongkai.web;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may reach the web shell's endpoints: the portal and its assets are public, the console home needs staff. */
@Configuration(proxyBeanMethods = false)
class WebAccessRules {

    @Bean
    AccessRules webRules() {
        return () -> List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/"),
                AccessRule.publicAccess(HttpMethod.GET, "/interaction"),
                AccessRule.publicAccess(HttpMethod.GET, "/data"),
                AccessRule.publicAccess(HttpMethod.GET, "/accessibility"),
                AccessRule.publicAccess(HttpMethod.POST, "/preferences"),
                AccessRule.publicAccess(HttpMethod.GET, "/css/**"),
                AccessRule.publicAccess(HttpMethod.GET, "/js/**"),
                AccessRule.publicAccess(HttpMethod.GET, "/images/**"),
                AccessRule.publicAccess(HttpMethod.GET, "/favicon.ico"),
                AccessRule.publicAccess("/error"),
                AccessRule.staff("/console"));
    }
}
