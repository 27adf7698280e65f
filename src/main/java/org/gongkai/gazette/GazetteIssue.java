package org.gongkai.gazette;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One issue (期) of the gazette: its year and number, its state, the day it came out and its table of contents — the
 * entries, each a published catalogue document in a section at a position. State changes go through
 * {@link IssueStatus#LIFECYCLE} in the command handlers.
 */
public record GazetteIssue(long id, int year, int number, IssueStatus status, LocalDate publishedOn,
        Instant publishedAt, List<Entry> entries) {

    /**
     * A document in an issue: the link (its id and page) and the copy of what the issue prints, taken from the
     * catalogue's published form (refreshed at publication, then frozen).
     */
    public record Entry(long id, String section, int position, long documentId, String indexNumber, String title,
            String documentNumber, long publisherUnitId, String publisherName, String genre, LocalDate writtenOn,
            LocalDate documentPublishedOn, String url, String bodyText) {

        /** The anchor of the document on the issue page ({@code doc-<document id>}). */
        public String anchor() {
            return "doc-" + documentId;
        }

        /** The text's paragraphs. */
        public List<String> paragraphs() {
            return bodyText == null ? List.of() : bodyText.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
        }
    }

    /** A section of the table of contents with its documents in order; {@code anchor} is {@code sec-<n>}. */
    public record Section(String name, String anchor, List<Entry> entries) {}

    /** 2025年第3期. */
    public String label() {
        return year + "年第" + number + "期";
    }

    /** The public page ({@code /gazette/2025/3}). */
    public String path() {
        return "/gazette/" + year + "/" + number;
    }

    public boolean published() {
        return status == IssueStatus.PUBLISHED;
    }

    /**
     * The table of contents: the sections in the order of {@code order} (the setting), then any other section an
     * entry names (a section removed from the setting after the issue came out), each with its entries by position;
     * empty sections are left out.
     */
    public List<Section> sections(List<String> order) {
        Map<String, List<Entry>> by = new LinkedHashMap<>();
        order.forEach(s -> by.put(s, new ArrayList<>()));
        entries.stream().sorted(java.util.Comparator.comparingInt(Entry::position))
                .forEach(e -> by.computeIfAbsent(e.section(), s -> new ArrayList<>()).add(e));
        List<Section> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Entry>> s : by.entrySet()) {
            if (!s.getValue().isEmpty()) {
                out.add(new Section(s.getKey(), "sec-" + (++n), List.copyOf(s.getValue())));
            }
        }
        return out;
    }
}
