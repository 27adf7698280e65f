package org.gongkai.trading.experts;

import java.time.LocalDate;
import java.util.List;

/**
 * An expert as imported (the JSON fields of the import line; {@code statusFrom}, {@code statusUntil} and
 * {@code region} extend the fields: a status such as ON_LEAVE applies between those days).
 */
public record ExpertInput(String expertId, String name, String idNumber, List<String> specialties, String title,
        String employerCode, List<Former> formerEmployers, List<Conflict> conflicts, String status,
        LocalDate statusFrom, LocalDate statusUntil, String phone, String region) {

    public record Former(String code, LocalDate until) {}

    public record Conflict(String partyCode, String kind) {}
}
