package org.gongkai.web;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Where a citizen reaches the 12345 hotline, if anywhere yet (issue #10: the no-result page offers it as a next step
 * "once it exists"): the configured {@code gongkai.portal.hotline-url}, else this application's own {@value #PATH}
 * page once a module maps it (the hotline module does, issue #12), else nothing — no link to a page that is not there.
 */
@Component
public class HotlineLink {

    static final String PATH = "/hotline";

    private final PortalProperties portal;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Boolean ownPage;

    HotlineLink(PortalProperties portal, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.portal = portal;
        this.mappings = mappings;
    }

    public Optional<String> href() {
        if (portal.hotlineUrl() != null) {
            return Optional.of(portal.hotlineUrl());
        }
        return hasOwnPage() ? Optional.of(PATH) : Optional.empty();
    }

    private boolean hasOwnPage() {
        Boolean known = ownPage;
        if (known == null) {
            known = mappings.stream().flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .anyMatch(info -> info.getPatternValues().contains(PATH)
                            && (info.getMethodsCondition().getMethods().isEmpty()
                                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET)));
            ownPage = known;
        }
        return known;
    }
}
