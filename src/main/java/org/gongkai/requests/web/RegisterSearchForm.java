package org.gongkai.requests.web;

import jakarta.validation.constraints.Size;

/**
 * The register's search form: the limits of its fields, declared once (the page reads them, the controller enforces
 * them). {@code q} is text in the question, {@code unit} a unit's credit code, {@code decision} a decision group.
 */
public record RegisterSearchForm(@Size(max = RegisterSearchForm.Q_MAX) String q, @Size(max = 18) String unit,
        @Size(max = 24) String decision) {

    public static final int Q_MAX = 100;
}
