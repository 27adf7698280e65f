package org.gongkai.web;

import org.gongkai.common.GongkaiProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code ${siteName}} in every controller-rendered page. The layouts themselves read the bean
 * {@code @gongkaiLayout}, which also works on error pages.
 */
@ControllerAdvice
class LayoutModelAttributes {

    private final GongkaiProperties properties;

    LayoutModelAttributes(GongkaiProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("siteName")
    String siteName() {
        return properties.siteName();
    }
}
