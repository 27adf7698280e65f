package org.gongkai.trading.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's 公共资源交易 section (issue #14): {@code /trading} — the latest notices by kind and project type, and the
 * projects with filters — and {@code /trading/projects/{code}}, a project's timeline on one page. Plain GET forms and
 * links: everything works without JavaScript.
 */
@Controller
class TradingPortalPages {

    static final int QUERY_MAX = 100;
    static final int LATEST = 20;

    private final NoticeRepository notices;
    private final PortalProjects portalProjects;
    private final ProjectRepository projects;
    private final Draws draws;
    private final Notices service;
    private final Clock clock;

    TradingPortalPages(NoticeRepository notices, PortalProjects portalProjects, ProjectRepository projects, Draws draws,
            Notices service, Clock clock) {
        this.notices = notices;
        this.portalProjects = portalProjects;
        this.projects = projects;
        this.draws = draws;
        this.service = service;
        this.clock = clock;
    }

    /** A choice of a filter: its value and label. */
    record Option(String value, String label) {}

    @GetMapping("/trading")
    String index(@RequestParam(required = false) String type, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model) {
        ProjectType t = parse(ProjectType.class, type, "type", "项目类型不正确");
        NoticeKind k = parse(NoticeKind.class, kind, "kind", "公告类型不正确");
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > QUERY_MAX) {
            throw GongkaiException.invalid("q", "检索词最多" + QUERY_MAX + "个字符");
        }
        int p = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        PortalProjects.Page found = portalProjects.find(t, text, p);
        int pages = (int) Math.max(1, (found.total() + PortalProjects.PAGE_SIZE - 1) / PortalProjects.PAGE_SIZE);
        model.addAttribute("types", Arrays.stream(ProjectType.values()).map(x -> new Option(x.name(), x.label())).toList());
        model.addAttribute("kinds", Arrays.stream(NoticeKind.values()).map(x -> new Option(x.name(), x.label())).toList());
        model.addAttribute("type", t == null ? null : t.name());
        model.addAttribute("kind", k == null ? null : k.name());
        model.addAttribute("q", text);
        model.addAttribute("latest", notices.latest(k, t, LATEST));
        model.addAttribute("found", found);
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("previousHref", p > 1 ? href(t, k, text, p - 1) : null);
        model.addAttribute("nextHref", p < pages ? href(t, k, text, p + 1) : null);
        return "trading/notices/portal-index";
    }

    @GetMapping("/trading/projects/{code}")
    String project(@PathVariable String code, Model model) {
        if (code.length() > 60) {
            throw GongkaiException.notFound();
        }
        Project p = projects.find(code).filter(x -> portalProjects.isPublic(x.id()))
                .orElseThrow(GongkaiException::notFound);
        Instant now = clock.instant();
        model.addAttribute("project", p);
        model.addAttribute("buyer", service.buyerName(p));
        model.addAttribute("evaluationStarted", p.evaluationStarted(now));
        model.addAttribute("evaluationText", p.evaluationAt() == null ? null : java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").format(p.evaluationAt().atZone(Notices.ZONE)));
        model.addAttribute("timeline", Timeline.of(p, notices.ofProject(p.id()), draws.ofProject(p.id()), now,
                service.today(), service.objectionMinDays()));
        return "trading/notices/portal-project";
    }

    private static String href(ProjectType t, NoticeKind k, String q, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/trading");
        if (t != null) {
            b.queryParam("type", t.name());
        }
        if (k != null) {
            b.queryParam("kind", k.name());
        }
        if (q != null) {
            b.queryParam("q", q);
        }
        return b.queryParam("page", page).encode().build().toUriString() + "#projects";
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }
}
