package org.gongkai.trading.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.catalogue.ModuleDrafts;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.common.Actor;
import org.gongkai.common.DateRange;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.trading.TradingScope;
import org.gongkai.trading.TradingSettings;
import org.gongkai.trading.notices.NoticeCommands.ResubmitTradingNotice;
import org.gongkai.trading.notices.NoticeCommands.WriteTradingNotice;
import org.gongkai.trading.notices.NoticeCommands.Written;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's notices (issue #14): a trading officer writes one, it becomes a catalogue document of the project's unit
 * through {@link ModuleDrafts} (draft and submission for review in one step), and the catalogue's reviewer and leader
 * publish it. What is public comes back through the catalogue's events ({@link NoticePublication}); the review status
 * is read through the port. The order of notices and the objection period: {@link NoticeRules}.
 */
@Service
public class Notices {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A notice as its officer sees it: with the catalogue's review status. */
    public record StaffNotice(Notice notice, ModuleDrafts.DraftState state) {}

    /** A notice in the officer's list: with its project and review status. */
    public record StaffListed(NoticeRepository.Listed listed, ModuleDrafts.DraftState state) {}

    private final ProjectRepository projects;
    private final NoticeRepository notices;
    private final TradingScope scope;
    private final ModuleDrafts drafts;
    private final ObjectProvider<PublishedDocuments> published;
    private final UnitDirectory units;
    private final DateRange dates;
    private final TradingSettings settings;
    private final Clock clock;

    Notices(ProjectRepository projects, NoticeRepository notices, TradingScope scope, ModuleDrafts drafts,
            ObjectProvider<PublishedDocuments> published, UnitDirectory units, DateRange dates,
            TradingSettings settings, Clock clock) {
        this.projects = projects;
        this.notices = notices;
        this.scope = scope;
        this.drafts = drafts;
        this.published = published;
        this.units = units;
        this.dates = dates;
        this.settings = settings;
        this.clock = clock;
    }

    /** The project in the officer's scope: 403 without the role, 404 outside the scope. */
    public Project project(Actor actor, String code) {
        return projects.findIn(code, scope.officerUnits(actor)).orElseThrow(GongkaiException::notFound);
    }

    /** A notice of a project in the officer's scope, else 404. */
    public StaffNotice staffNotice(Actor actor, long noticeId) {
        Notice n = notices.find(noticeId).orElseThrow(GongkaiException::notFound);
        projects.findIn(projects.codeOf(n.projectId()), scope.officerUnits(actor))
                .orElseThrow(GongkaiException::notFound);
        return new StaffNotice(n, drafts.states(List.of(n.documentId())).get(n.documentId()));
    }

    Written write(WriteTradingNotice c, Actor actor) {
        Project p = project(actor, c.projectCode());
        NoticeKind kind = kind(c.kind());
        LocalDate today = today();
        LocalDate start = dates.parse("objectionStart", c.objectionStart());
        LocalDate end = dates.parse("objectionEnd", c.objectionEnd());
        NoticeRules.check(kind, p.type(), notices.ofProject(p.id()), today, settings.objectionMinDays(), start, end);
        String title = NoticeDocuments.title(p, kind, c.title());
        ObjectionPeriod period = start == null ? null : new ObjectionPeriod(start, end);
        long documentId = drafts.submit(actor, Role.TRADING_OFFICER, p.unitId(), NoticeDocuments.content(p, kind,
                title, c.summary(), c.body(), period, buyerName(p), today));
        long id = notices.insert(p.id(), kind, documentId, title, blankToNull(c.summary()), c.body().strip(), start, end,
                actor.staffId(), clock.instant());
        return written(id, documentId);
    }

    Written resubmit(ResubmitTradingNotice c, Actor actor) {
        StaffNotice staff = staffNotice(actor, c.noticeId());
        Notice n = staff.notice();
        Project p = projects.find(projects.codeOf(n.projectId())).orElseThrow();
        LocalDate today = today();
        LocalDate start = dates.parse("objectionStart", c.objectionStart());
        LocalDate end = dates.parse("objectionEnd", c.objectionEnd());
        List<Notice> others = notices.ofProject(p.id()).stream().filter(o -> o.id() != n.id()).toList();
        NoticeRules.check(n.kind(), p.type(), others, today, settings.objectionMinDays(), start, end);
        String title = NoticeDocuments.title(p, n.kind(), c.title());
        ObjectionPeriod period = start == null ? null : new ObjectionPeriod(start, end);
        drafts.resubmit(actor, Role.TRADING_OFFICER, n.documentId(), NoticeDocuments.content(p, n.kind(), title,
                c.summary(), c.body(), period, buyerName(p), today));
        notices.corrected(n.id(), title, blankToNull(c.summary()), c.body().strip(), start, end);
        return written(n.id(), n.documentId());
    }

    private Written written(long id, long documentId) {
        ModuleDrafts.DraftState state = drafts.states(List.of(documentId)).get(documentId);
        return new Written(id, documentId, state.status().name(), state.statusLabel());
    }

    /** The notices of a project in the officer's scope, in timeline order, with their review status. */
    @Transactional(readOnly = true)
    public List<StaffNotice> ofProject(Actor actor, String code) {
        Project p = project(actor, code);
        List<Notice> list = notices.ofProject(p.id());
        Map<Long, ModuleDrafts.DraftState> states = drafts.states(list.stream().map(Notice::documentId).toList());
        return list.stream().map(n -> new StaffNotice(n, states.get(n.documentId()))).toList();
    }

    /** The latest notices of every project in the officer's scope, newest first. */
    @Transactional(readOnly = true)
    public List<StaffListed> console(Actor actor, int limit) {
        List<NoticeRepository.Listed> list = notices.inUnits(scope.officerUnits(actor), limit);
        Map<Long, ModuleDrafts.DraftState> states = drafts.states(list.stream()
                .map(l -> l.notice().documentId()).toList());
        return list.stream().map(l -> new StaffListed(l, states.get(l.notice().documentId()))).toList();
    }

    /** The catalogue published (a version of) a document: if it is a notice, its public form is recorded. */
    void documentPublished(long documentId) {
        if (notices.byDocument(documentId).isEmpty()) {
            return;
        }
        published.getObject().findPublished(documentId).ifPresent(d -> notices.published(documentId, d.title(),
                d.summary(), d.indexNumber(), d.url(), d.publishedOn(), clock.instant()));
    }

    void documentWithdrawn(long documentId) {
        notices.withdrawn(documentId);
    }

    String projectCodeOf(Notice n) {
        return projects.codeOf(n.projectId());
    }

    public int objectionMinDays() {
        return settings.objectionMinDays();
    }

    String buyerName(Project p) {
        return units.findByCreditCode(p.buyerCode()).map(UnitDirectory.UnitView::name).orElse(p.buyerCode());
    }

    static NoticeKind kind(String text) {
        try {
            return NoticeKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("kind", "公告类型应为 ANNOUNCEMENT、CLARIFICATION、CANDIDATES、RESULT 或 CONTRACT");
        }
    }

    LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
