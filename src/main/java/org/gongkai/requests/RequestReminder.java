package org.gongkai.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row the requests pages show. */
public record RequestReminder(String trackingNumber, String kind, LocalDate dueOn, String message) {}
