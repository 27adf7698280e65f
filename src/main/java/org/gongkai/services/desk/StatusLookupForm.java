package org.gongkai.services.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public status lookup's fields and their limits (the page's maxlength and required come from here). */
public record StatusLookupForm(@NotBlank @Size(max = 32) String caseNumber, @NotBlank @Size(max = 32) String queryCode) {}
