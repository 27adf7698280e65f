package org.gongkai.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The limits of the calendar pages' fields that have no form object, declared once. */
public final class CalendarForms {

    private CalendarForms() {}

    /** The year to open (four digits). */
    public record OpenYear(@NotBlank @Size(max = 4) String year) {}
}
