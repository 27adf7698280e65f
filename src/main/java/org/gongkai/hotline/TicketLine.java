package org.gongkai.hotline;

import java.time.Instant;
import java.time.LocalDate;

/** A ticket in a queue: the caller's phone only masked (匿名 for an anonymous reporter). */
public record TicketLine(String number, String category, Urgency urgency, TicketStatus status, String title,
        Long unitId, Instant receivedAt, LocalDate dueOn, int urgeCount, String maskedPhone) {}
