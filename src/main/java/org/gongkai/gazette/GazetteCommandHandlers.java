package org.gongkai.gazette;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.catalogue.PublishedDocuments.PublishedDocument;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.gazette.GazetteCommands.AddGazetteEntry;
import org.gongkai.gazette.GazetteCommands.CreateGazetteIssue;
import org.gongkai.gazette.GazetteCommands.MoveGazetteEntry;
import org.gongkai.gazette.GazetteCommands.PublishGazetteIssue;
import org.gongkai.gazette.GazetteCommands.RemoveGazetteEntry;
import org.gongkai.gazette.GazetteCommands.SaveGazettePlace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gazette's command handlers, one bean per command: the office's editors compile (create, add, remove, move, keep
 * the distribution list); its leaders or the office head publish. Only published, eligible documents of the county's
 * own units enter an issue; a published issue changes no more ({@link IssueStatus#LIFECYCLE}).
 */
@Configuration(proxyBeanMethods = false)
class GazetteCommandHandlers {

    private final IssueRepository issues;
    private final PlaceRepository places;
    private final PublishedDocuments documents;
    private final GazetteAccess access;
    private final GazetteSettings settings;
    private final Clock clock;

    GazetteCommandHandlers(IssueRepository issues, PlaceRepository places, PublishedDocuments documents,
            GazetteAccess access, GazetteSettings settings, Clock clock) {
        this.issues = issues;
        this.places = places;
        this.documents = documents;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    CommandHandler<CreateGazetteIssue, Long> createGazetteIssue() {
        return CommandHandlers.handle(CreateGazetteIssue.class, this::create)
                .authorisedBy((c, actor) -> access.requireEdit(actor))
                .describedBy((c, id) -> "新建公报 " + c.year() + "年" + (c.number() == null ? "" : "第" + c.number() + "期"))
                .objectId((c, id) -> String.valueOf(id)).build();
    }

    @Bean
    CommandHandler<AddGazetteEntry, Void> addGazetteEntry() {
        return CommandHandlers.handle(AddGazetteEntry.class, this::add)
                .authorisedBy((c, actor) -> access.requireEdit(actor))
                .describedBy((c, r) -> "收录文件 " + c.documentId()).build();
    }

    @Bean
    CommandHandler<RemoveGazetteEntry, Void> removeGazetteEntry() {
        return CommandHandlers.handle(RemoveGazetteEntry.class, this::remove).authorisedBy((c, actor) -> access.requireEdit(actor))
                .describedBy((c, r) -> "移出文件 " + c.documentId()).build();
    }

    @Bean
    CommandHandler<MoveGazetteEntry, Void> moveGazetteEntry() {
        return CommandHandlers.handle(MoveGazetteEntry.class, this::move)
                .authorisedBy((c, actor) -> access.requireEdit(actor))
                .describedBy((c, r) -> "调整文件 " + c.documentId() + " 的位置").build();
    }

    @Bean
    CommandHandler<PublishGazetteIssue, Void> publishGazetteIssue() {
        return CommandHandlers.handle(PublishGazetteIssue.class, this::publish)
                .authorisedBy((c, actor) -> access.requirePublish(actor))
                .describedBy((c, r) -> "出版公报").build();
    }

    @Bean
    CommandHandler<SaveGazettePlace, Long> saveGazettePlace() {
        return CommandHandlers.handle(SaveGazettePlace.class, this::savePlace)
                .authorisedBy((c, actor) -> access.requireEdit(actor))
                .describedBy((c, id) -> "发送点 " + c.name() + "：" + c.copies() + " 份")
                .objectId((c, id) -> String.valueOf(id)).build();
    }

    private Long create(CreateGazetteIssue c, CommandContext ctx) {
        int thisYear = LocalDate.now(clock).getYear();
        if (c.year() < settings.firstYear() || c.year() > thisYear + 1) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE,
                    "年份应在 " + settings.firstYear() + " 至 " + (thisYear + 1) + " 之间", "year");
        }
        int number = c.number() == null ? issues.nextNumber(c.year()) : c.number();
        if (issues.exists(c.year(), number)) {
            throw new GongkaiException(ErrorCode.DUPLICATE, c.year() + "年第" + number + "期已经存在", "number");
        }
        return issues.create(c.year(), number, ctx.actor().map(a -> a.staffId()).orElse(null), clock.instant());
    }

    private Void add(AddGazetteEntry c, CommandContext ctx) {
        GazetteIssue issue = draft(c.issueId());
        if (issue.entries().stream().anyMatch(e -> e.documentId() == c.documentId())) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "本期已收录该文件", "documentId");
        }
        PublishedDocument d = eligible(c.documentId());
        String section = c.section() == null || c.section().isBlank() ? settings.sectionOf(d.genre()) : c.section().strip();
        if (!settings.sections().contains(section)) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "栏目不正确", "section");
        }
        issues.addEntry(issue.id(), section, d);
        renumber(issue.id());
        return null;
    }

    /** The document's public form, refused when it is not public, not the county's own or of a genre not admitted. */
    private PublishedDocument eligible(long documentId) {
        PublishedDocument d = documents.findPublished(documentId).orElseThrow(() -> new GongkaiException(
                ErrorCode.DOCUMENT_NOT_PUBLIC, "只有已公开的文件可以收入政府公报（文件 " + documentId + " 不存在或尚未公开）",
                "documentId"));
        if (!d.local()) {
            throw new GongkaiException(ErrorCode.GAZETTE_NOT_ELIGIBLE, "外部发布机关的文件不收入本级政府公报", "documentId");
        }
        if (!settings.eligible(d.genre())) {
            throw new GongkaiException(ErrorCode.GAZETTE_NOT_ELIGIBLE,
                    "体裁为“" + d.genre() + "”的文件不在政府公报收录范围内（设置 gongkai.gazette.genres）", "documentId");
        }
        return d;
    }

    private Void remove(RemoveGazetteEntry c, CommandContext ctx) {
        draft(c.issueId());
        if (issues.removeEntry(c.issueId(), c.documentId()) == 0) {
            throw new GongkaiException(ErrorCode.NOT_FOUND, "本期没有收录该文件");
        }
        renumber(c.issueId());
        return null;
    }

    private Void move(MoveGazetteEntry c, CommandContext ctx) {
        GazetteIssue issue = draft(c.issueId());
        GazetteIssue.Entry entry = issue.entries().stream().filter(e -> e.documentId() == c.documentId()).findFirst()
                .orElseThrow(() -> new GongkaiException(ErrorCode.NOT_FOUND, "本期没有收录该文件"));
        List<GazetteIssue.Entry> order = ordered(issue);
        if ("SECTION".equals(c.direction())) {
            String section = c.section() == null ? "" : c.section().strip();
            if (!settings.sections().contains(section)) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "栏目不正确", "section");
            }
            order.remove(entry);
            order.add(new GazetteIssue.Entry(entry.id(), section, entry.position(), entry.documentId(),
                    entry.indexNumber(), entry.title(), entry.documentNumber(), entry.publisherUnitId(),
                    entry.publisherName(), entry.genre(), entry.writtenOn(), entry.documentPublishedOn(), entry.url(),
                    entry.bodyText()));
        } else {
            List<GazetteIssue.Entry> same = order.stream().filter(e -> e.section().equals(entry.section())).toList();
            int at = same.indexOf(entry);
            int to = "UP".equals(c.direction()) ? at - 1 : at + 1;
            if (to < 0 || to >= same.size()) {
                return null; // already first or last of its section
            }
            int a = order.indexOf(same.get(at));
            int b = order.indexOf(same.get(to));
            order.set(a, same.get(to));
            order.set(b, same.get(at));
        }
        save(order);
        return null;
    }

    private Void publish(PublishGazetteIssue c, CommandContext ctx) {
        GazetteIssue issue = issues.lock(c.issueId()).orElseThrow(GongkaiException::notFound);
        IssueStatus.LIFECYCLE.require(issue.status(), IssueStatus.Action.PUBLISH);
        if (issue.entries().isEmpty()) {
            throw new GongkaiException(ErrorCode.GAZETTE_ISSUE_EMPTY, "本期还没有收录文件，不能出版");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = today;
        if (c.publishedOn() != null && !c.publishedOn().isBlank()) {
            try {
                on = LocalDate.parse(c.publishedOn());
            } catch (java.time.format.DateTimeParseException e) {
                throw new GongkaiException(ErrorCode.INVALID_DATE, "出版日期不正确", "publishedOn");
            }
            if (on.isAfter(today) || on.getYear() != issue.year()) {
                throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "出版日期应在 " + issue.year() + " 年内且不晚于今天",
                        "publishedOn");
            }
        }
        List<String> gone = new ArrayList<>();
        for (GazetteIssue.Entry e : issue.entries()) {
            documents.findPublished(e.documentId()).ifPresentOrElse(d -> issues.refresh(issue.id(), d),
                    () -> gone.add(e.title()));
        }
        if (!gone.isEmpty()) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_PUBLIC, "下列文件已不再公开，请先移出本期：" + String.join("；", gone));
        }
        issues.publish(issue.id(), on, clock.instant());
        ctx.publish(new GazetteIssuePublished(issue.id(), issue.year(), issue.number()));
        return null;
    }

    private Long savePlace(SaveGazettePlace c, CommandContext ctx) {
        PlaceKind kind;
        try {
            kind = PlaceKind.valueOf(c.kind());
        } catch (IllegalArgumentException e) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请选择类型", "kind");
        }
        String name = c.name().strip();
        if (places.nameTaken(name, c.placeId())) {
            throw new GongkaiException(ErrorCode.DUPLICATE, "已有同名的发送点", "name");
        }
        if (c.placeId() == null) {
            return places.insert(name, kind, c.address().strip(), c.copies(), c.active(), clock.instant());
        }
        if (places.update(c.placeId(), name, kind, c.address().strip(), c.copies(), c.active()) == 0) {
            throw GongkaiException.notFound();
        }
        return c.placeId();
    }

    /** The issue, locked, refused unless it is a draft. */
    private GazetteIssue draft(long issueId) {
        GazetteIssue issue = issues.lock(issueId).orElseThrow(GongkaiException::notFound);
        if (!IssueStatus.LIFECYCLE.allows(issue.status(), IssueStatus.Action.EDIT)) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "本期公报已出版，不能再修改");
        }
        return issue;
    }

    /** Entries in print order: by the setting's sections, then by position. */
    private List<GazetteIssue.Entry> ordered(GazetteIssue issue) {
        List<GazetteIssue.Entry> out = new ArrayList<>();
        issue.sections(settings.sections()).forEach(s -> out.addAll(s.entries()));
        return out;
    }

    private void renumber(long issueId) {
        save(ordered(issues.find(issueId).orElseThrow()));
    }

    private void save(List<GazetteIssue.Entry> order) {
        int position = 0;
        for (GazetteIssue.Entry e : order) {
            issues.place(e.id(), e.section(), ++position);
        }
    }
}
