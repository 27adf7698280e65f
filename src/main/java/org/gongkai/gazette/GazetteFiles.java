package org.gongkai.gazette;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.web.SiteAddress;
import org.springframework.stereotype.Service;

/**
 * The gazette's files — an issue's PDF and EPUB, a year's volume — and the {@link GazetteIssues} port built on them.
 * Rendered from the issue's frozen entries, so the same issue always gives the same text.
 */
@Service
public class GazetteFiles implements GazetteIssues {

    private final Gazette gazette;
    private final GazettePrint print;
    private final SiteAddress site;

    GazetteFiles(Gazette gazette, GazettePrint print, SiteAddress site) {
        this.gazette = gazette;
        this.print = print;
        this.site = site;
    }

    public byte[] pdf(GazetteIssue issue) {
        return print.issuePdf(issue);
    }

    public byte[] epub(GazetteIssue issue) {
        return GazetteEpub.write(gazette.settings().title(), issue, gazette.settings().sections(),
                site.absolute(issue.path()));
    }

    public byte[] volumePdf(int year) {
        return print.volumePdf(gazette.volume(year));
    }

    @Override
    public List<PublishedIssue> publishedBetween(LocalDate from, LocalDate to) {
        return gazette.publishedBetween(from, to).stream().map(i -> new PublishedIssue(i.year(), i.number(), i.label(),
                i.publishedOn(), i.path(), i.entries().stream().map(GazetteIssue.Entry::title).toList(),
                () -> pdf(i), () -> epub(i))).toList();
    }
}
