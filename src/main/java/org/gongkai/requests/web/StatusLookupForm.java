package org.gongkai.requests.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public status lookup: the limits of its two fields, declared once (the page reads them). */
public record StatusLookupForm(@NotBlank @Size(max = 32) String trackingNumber, @NotBlank @Size(max = 32) String accessCode) {}
