package org.gongkai.web;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.common.GongkaiException;

/**
 * A refused action on a page with several small action forms (a case page: a document, a request, a report): which
 * form was sent, what was typed into it, and the reason — at its field when the form has that input, else for the
 * whole form — so the page shows that form again with the typed values and the reason where it belongs. Pages read
 * it as the model attribute {@code failed} through the {@code action}, {@code actionError} and {@code refused}
 * fragments of {@code templates/layout/form.html}; the element ids follow from the names: the form is
 * {@code form-<form>}, an input {@code <form>-<name>}, its error {@code <form>-<name>-error}.
 *
 * <pre>{@code
 * FailedAction typed = FailedAction.of("extension", params);
 * try { dispatcher.dispatch(command); } catch (GongkaiException e) {
 *     model.addAttribute("failed", typed.refusedWith(e));
 *     return page(...);
 * }
 * }</pre>
 *
 * @param form    the form's name on the page ({@code decision}, {@code act-return}, {@code override-12}, …)
 * @param values  what was typed, by input name (an input that was sent empty is present with "")
 * @param field   the input the reason concerns, or null when it concerns the whole form
 * @param message the reason in Chinese, or null before a refusal
 */
public record FailedAction(String form, Map<String, String> values, String field, String message) {

    /** Nothing was refused: every form shows its defaults. */
    public static final FailedAction NONE = new FailedAction("", Map.of(), null, null);

    public FailedAction {
        values = Map.copyOf(values);
    }

    /**
     * What was sent to {@code form}: {@code namesAndValues} alternate input names and values; a null value counts as
     * an input sent empty (so a refusal about it still lands at its field).
     */
    public static FailedAction of(String form, String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return new FailedAction(form, typed, null, null);
    }

    /** What was sent to {@code form}, as the request parameters of its post. */
    public static FailedAction of(String form, Map<String, String> parameters) {
        Map<String, String> typed = new HashMap<>();
        parameters.forEach((k, v) -> typed.put(k, v == null ? "" : v));
        return new FailedAction(form, typed, null, null);
    }

    /** The refusal: at its field when the form has an input of that name, else for the whole form. */
    public FailedAction refusedWith(GongkaiException e) {
        String at = e.field() != null && values.containsKey(e.field()) ? e.field() : null;
        return new FailedAction(form, values, at, e.getMessage());
    }

    /** What was typed into {@code name} of {@code form} (null unless that form was refused). */
    public String value(String form, String name) {
        return is(form) && message != null ? values.get(name) : null;
    }

    /** The reason, when {@code form} was refused because of its input {@code name}. */
    public String error(String form, String name) {
        return is(form) && name != null && name.equals(field) ? message : null;
    }

    /** The reason, when {@code form} was refused as a whole (no input of it caused the refusal). */
    public String formError(String form) {
        return is(form) && field == null ? message : null;
    }

    public boolean is(String form) {
        return this.form.equals(form);
    }

    public boolean refused() {
        return message != null;
    }

    /** Where the page's error summary links: the input at fault, else the refused form. */
    public String anchor() {
        return field != null ? form + "-" + field.replaceAll("[^A-Za-z0-9_-]", "-") : "form-" + form;
    }
}
