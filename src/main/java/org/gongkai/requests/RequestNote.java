package org.gongkai.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row the requests pages show. */
public record RequestNote(String author, String body, OffsetDateTime createdAt) {}
