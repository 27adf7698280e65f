package org.gongkai.organisation.web;

import org.gongkai.common.GongkaiException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts a service refusal next to the form field that caused it (or at the top of the form). */
final class Forms {

    private Forms() {}

    static void reject(BindingResult result, GongkaiException e) {
        Object target = result.getTarget();
        if (e.field() != null && target != null && new BeanWrapperImpl(target).isReadableProperty(e.field())) {
            result.rejectValue(e.field(), e.code().name(), e.getMessage());
        } else {
            result.reject(e.code().name(), e.getMessage());
        }
    }
}
