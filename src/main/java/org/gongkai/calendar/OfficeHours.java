package org.gongkai.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit's office hours on a working day, e.g. {@code 09:00-12:00,13:30-17:30} (the default of
 * {@code gongkai.calendar.office-hours}). Spans are in order and do not overlap.
 */
public record OfficeHours(List<Span> spans) {

    /** The county's usual hours, the default setting. */
    public static final String DEFAULT = "09:00-12:00,13:30-17:30";

    /** One span of office time, {@code from} inclusive to {@code to} exclusive. */
    public record Span(LocalTime from, LocalTime to) {
        public Span {
            if (from == null || to == null || !to.isAfter(from)) {
                throw new IllegalArgumentException("office hours span must end after it starts: " + from + "-" + to);
            }
        }

        long minutes() {
            return Duration.between(from, to).toMinutes();
        }
    }

    public OfficeHours {
        if (spans == null || spans.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one span");
        }
        spans = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).from().isBefore(spans.get(i - 1).to())) {
                throw new IllegalArgumentException("office hours spans overlap: " + spans.get(i - 1) + ", " + spans.get(i));
            }
        }
    }

    /** Parses {@code 09:00-12:00,13:30-17:30} (an en dash or "～" also separates from and to). */
    public static OfficeHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("office hours are empty");
        }
        List<Span> spans = new ArrayList<>();
        for (String part : text.split("[,，、;；]")) {
            String[] ends = part.trim().split("\\s*[-–—～~]\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("office hours span must read like 09:00-12:00: " + part);
            }
            spans.add(new Span(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
        }
        return new OfficeHours(spans);
    }

    public static OfficeHours defaults() {
        return parse(DEFAULT);
    }

    /** Office minutes in one working day. */
    public long minutesPerDay() {
        return spans.stream().mapToLong(Span::minutes).sum();
    }

    /** In words, e.g. {@code 09:00—12:00、13:30—17:30}. */
    public String words() {
        return spans.stream().map(s -> s.from() + "—" + s.to()).collect(Collectors.joining("、"));
    }
}
