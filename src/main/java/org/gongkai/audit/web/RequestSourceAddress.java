package org.gongkai.audit.web;

import org.gongkai.audit.AuditService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the current HTTP request, for audit records: the remote address as resolved once by
 * the web module's client-address filter (forwarded headers count only from trusted proxies).
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

    @Override
    public String path() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getMethod() + " " + attributes.getRequest().getRequestURI();
        }
        return null;
    }
}
