package org.gongkai.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.catalogue.AfterDemoCatalogue;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.common.SystemActor;
import org.gongkai.gazette.GazetteCommands.AddGazetteEntry;
import org.gongkai.gazette.GazetteCommands.CreateGazetteIssue;
import org.gongkai.gazette.GazetteCommands.PublishGazetteIssue;
import org.gongkai.gazette.GazetteCommands.SaveGazettePlace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo county's gazette (demo mode, once, when the gazette is empty and the county's documents are public): a
 * quarterly issue for each quarter of the latest past year with eligible documents, compiled from the county's
 * published documents by the office's editor and published by its leader on the quarter's last day — the same
 * commands as the console, one transaction per issue — and a distribution list (service hall, a township centre, a
 * village station, the library, the archives, the reading room).
 */
@Component
class DemoGazette extends AfterDemoCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DemoGazette.class);

    private final GongkaiProperties gongkai;
    private final GazetteAccess access;
    private final GazetteSettings settings;
    private final IssueRepository issues;
    private final PublishedDocuments documents;
    private final CommandDispatcher commands;
    private final Clock clock;

    DemoGazette(GongkaiProperties gongkai, GazetteAccess access, GazetteSettings settings, IssueRepository issues,
            PublishedDocuments documents, CommandDispatcher commands, Clock clock, PlatformTransactionManager tx) {
        super(tx);
        this.gongkai = gongkai;
        this.access = access;
        this.settings = settings;
        this.issues = issues;
        this.documents = documents;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    protected synchronized void loadIfEmpty() {
        Long office = access.officeUnit().orElse(null);
        if (!gongkai.demo() || office == null || issues.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<PublishedDocuments.Listed> all = documents.listPublished(today.minusYears(3), today,
                settings.genres().keySet(), 1_000);
        int year = all.stream().mapToInt(d -> d.publishedOn().getYear()).filter(y -> y < today.getYear()).max()
                .orElse(0);
        if (year == 0) {
            return;
        }
        Actor actor = new SystemActor("示例公报", Map.of(office, Set.of(Role.EDITOR, Role.LEADER)));
        Map<Integer, List<PublishedDocuments.Listed>> quarters = new TreeMap<>();
        all.stream().filter(d -> d.publishedOn().getYear() == year)
                .sorted(java.util.Comparator.comparing(PublishedDocuments.Listed::publishedOn))
                .forEach(d -> quarters.computeIfAbsent((d.publishedOn().getMonthValue() - 1) / 3, q -> new java.util.ArrayList<>())
                        .add(d));
        int published = 0;
        for (Map.Entry<Integer, List<PublishedDocuments.Listed>> q : quarters.entrySet()) {
            LocalDate end = LocalDate.of(year, q.getKey() * 3 + 3, 1).plusMonths(1).minusDays(1);
            try {
                each.executeWithoutResult(status -> {
                    Long id = commands.dispatchAs(actor, new CreateGazetteIssue(year, null));
                    q.getValue().forEach(d -> commands.dispatchAs(actor, new AddGazetteEntry(id, d.id(), null)));
                    commands.dispatchAs(actor, new PublishGazetteIssue(id, end.toString()));
                });
                published++;
            } catch (GongkaiException refused) {
                log.warn("Demo gazette issue of {} Q{} not written: {}", year, q.getKey() + 1, refused.getMessage());
            }
        }
        try {
            each.executeWithoutResult(status -> places().forEach(p -> commands.dispatchAs(actor, p)));
        } catch (GongkaiException refused) {
            log.warn("Demo gazette places not written: {}", refused.getMessage());
        }
        log.info("Loaded the demo gazette: {} issues of {}", published, year);
    }

    private static List<SaveGazettePlace> places() {
        return List.of(
                new SaveGazettePlace(null, "示例县政务服务中心综合窗口", "SERVICE_WINDOW", "示例县人民大道100号", 20, true),
                new SaveGazettePlace(null, "城关镇便民服务中心", "TOWNSHIP_CENTRE", "示例县城关镇府前街1号", 10, true),
                new SaveGazettePlace(null, "东街村便民服务站", "VILLAGE_STATION", "示例县城关镇东街村委会", 5, true),
                new SaveGazettePlace(null, "示例县图书馆", "LIBRARY", "示例县文化路8号", 10, true),
                new SaveGazettePlace(null, "示例县档案馆", "ARCHIVES", "示例县人民大道18号", 3, true),
                new SaveGazettePlace(null, "县政府信息公开查阅室", "READING_ROOM", "示例县人民大道2号一楼", 5, true));
    }
}
