package org.gongkai.catalogue.web;

import java.util.Map;
import java.util.Objects;
import org.gongkai.common.GongkaiException;

/**
 * A refused action on the document page: which form was sent, what was typed into it, and the reason, so
 * the page can show the form again with the values and the reason at its field.
 *
 * @param form the form's name on the page ({@code act-return}, {@code override-12}, {@code repeal}, …)
 */
public record FailedAction(String form, Map<String, String> values, String field, String message) {

    static final FailedAction NONE = new FailedAction("", Map.of(), null, null);

    FailedAction(String form, Map<String, String> values) {
        this(form, Map.copyOf(values), null, null);
    }

    FailedAction refusedWith(GongkaiException e) {
        return new FailedAction(form, values, e.field(), e.getMessage());
    }

    /** What was typed into {@code name} of {@code form} (null unless that form was refused). */
    public String value(String form, String name) {
        return this.form.equals(form) ? values.get(name) : null;
    }

    /** The reason, when {@code form} was refused because of {@code field}. */
    public String error(String form, String field) {
        return this.form.equals(form) && Objects.equals(this.field, field) ? message : null;
    }

    public boolean is(String form) {
        return this.form.equals(form);
    }
}
