package org.gongkai.audit.web;

import org.gongkai.audit.AuditService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the current HTTP request, for audit records. Behind a proxy this is the forwarded
 * client address (server.forward-headers-strategy=framework).
 */
@Component
class RequestSourceAddress implements AuditService.SourceAddress {

    @Override
    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
