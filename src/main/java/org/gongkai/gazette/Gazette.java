package org.gongkai.gazette;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazette's reads: published issues for the portal, the API and the feed; the yearly volume (合订本) with its
 * cumulative index; and, for the office's console, drafts, the documents an editor may pick and the distribution list.
 */
@Service
public class Gazette {

    /** At most this many candidate documents are listed for the editor. */
    static final int CANDIDATES = 300;

    private final IssueRepository issues;
    private final PlaceRepository places;
    private final PublishedDocuments documents;
    private final GazetteSettings settings;
    private final Clock clock;

    Gazette(IssueRepository issues, PlaceRepository places, PublishedDocuments documents, GazetteSettings settings,
            Clock clock) {
        this.issues = issues;
        this.places = places;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    public GazetteSettings settings() {
        return settings;
    }

    /** Refuses (400 OUT_OF_RANGE at {@code year}) a year before the first or after next year. */
    public int checkedYear(Integer year) {
        int last = LocalDate.now(clock).getYear() + 1;
        if (year == null) {
            return LocalDate.now(clock).getYear();
        }
        if (year < settings.firstYear() || year > last) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "年份应在 " + settings.firstYear() + " 至 " + last + " 之间",
                    "year");
        }
        return year;
    }

    @Transactional(readOnly = true)
    public List<GazetteIssue> published(int year) {
        return issues.ofYear(checkedYear(year), IssueStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public Optional<GazetteIssue> published(int year, int number) {
        return issues.find(year, number).filter(GazetteIssue::published);
    }

    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return issues.years(IssueStatus.PUBLISHED);
    }

    @Transactional(readOnly = true)
    public List<GazetteIssue> latest(int limit) {
        return issues.latestPublished(limit);
    }

    @Transactional(readOnly = true)
    public List<GazetteIssue> publishedBetween(LocalDate from, LocalDate to) {
        return issues.publishedBetween(from, to);
    }

    /** The yearly volume: the year's published issues and the cumulative index of their documents. */
    public record Volume(int year, List<GazetteIssue> issues, List<IndexLine> byTitle, Map<String, List<IndexLine>> byUnit,
            List<IndexLine> byNumber) {}

    /** A line of the cumulative index: the document, the issue it appeared in and its anchor there. */
    public record IndexLine(String title, String documentNumber, String publisher, String issueLabel, String href) {}

    @Transactional(readOnly = true)
    public Volume volume(int year) {
        List<GazetteIssue> list = published(year);
        Collator chinese = Collator.getInstance(Locale.CHINA);
        List<IndexLine> lines = new ArrayList<>();
        for (GazetteIssue issue : list) {
            for (GazetteIssue.Entry e : issue.entries()) {
                lines.add(new IndexLine(e.title(), e.documentNumber(), e.publisherName(), issue.label(),
                        issue.path() + "#" + e.anchor()));
            }
        }
        List<IndexLine> byTitle = lines.stream().sorted(Comparator.comparing(IndexLine::title, chinese)).toList();
        Map<String, List<IndexLine>> byUnit = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(IndexLine::publisher, chinese)
                .thenComparing(IndexLine::title, chinese))
                .forEach(l -> byUnit.computeIfAbsent(l.publisher(), k -> new ArrayList<>()).add(l));
        List<IndexLine> byNumber = lines.stream().filter(l -> l.documentNumber() != null && !l.documentNumber().isBlank())
                .sorted(Comparator.comparing(IndexLine::documentNumber, chinese)).toList();
        return new Volume(year, list, byTitle, byUnit, byNumber);
    }

    // the office's console

    @Transactional(readOnly = true)
    public List<GazetteIssue> allOfYear(int year) {
        return issues.ofYear(year, null);
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return issues.years(null);
    }

    @Transactional(readOnly = true)
    public Optional<GazetteIssue> issue(long id) {
        return issues.find(id);
    }

    /** A document an editor may put in an issue, and the issues of the year that already carry it. */
    public record Candidate(PublishedDocuments.Listed document, String section, List<String> inIssues) {}

    /**
     * The county's public documents of admitted genres published in the issue's year or the last quarter before it,
     * newest first, without those already in this issue.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(GazetteIssue issue) {
        Map<Long, List<String>> carried = new LinkedHashMap<>();
        for (GazetteIssue other : issues.ofYear(issue.year(), null)) {
            other.entries().forEach(e -> carried.computeIfAbsent(e.documentId(), k -> new ArrayList<>())
                    .add(other.label()));
        }
        java.util.Set<Long> here = new java.util.HashSet<>();
        issue.entries().forEach(e -> here.add(e.documentId()));
        return documents.listPublished(LocalDate.of(issue.year() - 1, 10, 1), LocalDate.of(issue.year(), 12, 31),
                        settings.genres().keySet(), CANDIDATES).stream()
                .filter(d -> !here.contains(d.id()))
                .map(d -> new Candidate(d, settings.sectionOf(d.genre()), carried.getOrDefault(d.id(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Place> places() {
        return places.all();
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(long id) {
        return places.find(id);
    }
}
