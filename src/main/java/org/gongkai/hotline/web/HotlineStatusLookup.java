package org.gongkai.hotline.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gongkai.hotline.HotlineCommands;

/** The public status lookup: the limits of its two fields, declared once (the page reads them). */
public record HotlineStatusLookup(@NotBlank @Size(max = HotlineCommands.NUMBER_MAX) String ticketNumber,
        @NotBlank @Size(max = 32) String queryCode) {}
