package org.gongkai.supervision.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.catalogue.PersonalDataGuard;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.catalogue.PublishedDocuments.PatrolFacts;
import org.gongkai.catalogue.PublishedDocuments.PublishedDocument;
import org.gongkai.common.Sm3;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * The automatic daily patrol of the portal (日巡查), reading public documents only through the catalogue's published
 * port ({@link PublishedDocuments}): the staleness of each unit's columns ({@link PatrolSettings#columns}), dead
 * links into the portal ({@link PortalLinks}; no request to other sites), documents past their 有效期 still marked
 * 有效, and personal data in public text (the catalogue's {@link PersonalDataGuard}: ID, mobile and bank card
 * numbers). Each run is recorded as an inspection of kind PATROL with its new findings; a problem already on the list
 * (an open or tasked finding with the same fingerprint) is not recorded again. Runs inside its caller's transaction
 * (the {@code RunPatrol} command).
 */
@Component
class Patrol {

    private record Problem(Long unitId, FindingKind kind, String description, Long documentId, String fingerprint) {}

    private static final Set<PersonalDataGuard.Kind> PERSONAL = Set.of(PersonalDataGuard.Kind.ID_NUMBER,
            PersonalDataGuard.Kind.MOBILE, PersonalDataGuard.Kind.BANK_CARD);
    private static final int PAGE = 500;

    private final PublishedDocuments documents;
    private final PortalLinks links;
    private final InspectionRepository repository;
    private final UnitDirectory units;
    private final PatrolSettings settings;
    private final Clock clock;
    private final PersonalDataGuard guard = new PersonalDataGuard();

    Patrol(PublishedDocuments documents, PortalLinks links, InspectionRepository repository, UnitDirectory units,
            PatrolSettings settings, Clock clock) {
        this.documents = documents;
        this.links = links;
        this.repository = repository;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }

    /** Patrols the portal as of today and records the run and its new findings, by {@code by}. */
    PatrolRun run(String by) {
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        Set<Long> publicIds = new HashSet<>();
        Map<String, LocalDate> newest = new HashMap<>(); // unitId \t column -> newest publication
        List<PublishedDocument> local = new ArrayList<>();
        Map<Long, PublishedDocument> byId = new HashMap<>();
        documents.forEachPublished(d -> {
            publicIds.add(d.id());
            if (!d.local()) {
                return;
            }
            byId.put(d.id(), d);
            local.add(d);
            for (String column : List.of(d.category(), d.genre() == null ? "" : d.genre())) {
                if (settings.columns().containsKey(column) && d.publishedOn() != null) {
                    newest.merge(d.publisherUnitId() + "\t" + column, d.publishedOn(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            personalData(d, problems);
        });
        staleness(newest, today, problems);
        List<Long> ids = local.stream().map(PublishedDocument::id).toList();
        for (int from = 0; from < ids.size(); from += PAGE) {
            for (PatrolFacts f : documents.patrolFacts(ids.subList(from, Math.min(ids.size(), from + PAGE)))) {
                PublishedDocument d = byId.get(f.id());
                if (d != null) {
                    expired(d, f, today, problems);
                    deadLinks(d, f, publicIds, problems);
                }
            }
        }
        return record(problems, today, by);
    }

    private PatrolRun record(List<Problem> problems, LocalDate today, String by) {
        Set<String> pending = repository.pendingFingerprints();
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> fresh = new ArrayList<>();
        int listed = 0;
        for (Problem p : problems) {
            if (!seen.add(p.fingerprint())) {
                continue;
            }
            if (pending.contains(p.fingerprint())) {
                listed++;
            } else {
                fresh.add(p);
            }
        }
        int deferred = Math.max(0, fresh.size() - settings.maxFindings());
        List<Problem> now = fresh.subList(0, fresh.size() - deferred);
        String number = repository.nextNumber(today.getYear());
        long inspection = repository.insert(number, InspectionKind.PATROL, "自动巡查（" + today + "）", today, null, null,
                by, clock.instant());
        Map<FindingKind, Integer> found = new EnumMap<>(FindingKind.class);
        for (Problem p : now) {
            repository.insertFinding(inspection, p.unitId(), p.kind(), p.description(), p.documentId(),
                    p.fingerprint(), today, clock.instant());
            found.merge(p.kind(), 1, Integer::sum);
        }
        StringBuilder summary = new StringBuilder(now.isEmpty() ? "未发现新问题" : "新发现问题 " + now.size() + " 个（");
        if (!now.isEmpty()) {
            summary.append(String.join("，", found.entrySet().stream()
                    .map(e -> e.getKey().label() + " " + e.getValue()).toList())).append("）");
        }
        if (listed > 0) {
            summary.append("；").append(listed).append(" 个问题已在巡查清单中，未重复记录");
        }
        if (deferred > 0) {
            summary.append("；另有 ").append(deferred).append(" 个问题超出单次上限，下次巡查记录");
        }
        repository.summary(inspection, summary.toString());
        return new PatrolRun(number, found, listed, deferred);
    }

    private void staleness(Map<String, LocalDate> newest, LocalDate today, List<Problem> problems) {
        newest.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] key = e.getKey().split("\t", 2);
            long unit = Long.parseLong(key[0]);
            int days = settings.columns().get(key[1]);
            long since = ChronoUnit.DAYS.between(e.getValue(), today);
            if (since > days) {
                String name = units.findById(unit).map(UnitDirectory.UnitView::name).orElse("单位 " + unit);
                problems.add(new Problem(unit, FindingKind.STALE_COLUMN, name + "“" + key[1] + "”栏目最近一次更新为 "
                        + e.getValue() + "，已 " + since + " 天未更新（要求至少每 " + days + " 天更新）", null,
                        "STALE:" + unit + ":" + key[1]));
            }
        });
    }

    private void expired(PublishedDocument d, PatrolFacts f, LocalDate today, List<Problem> problems) {
        if ("有效".equals(d.validity()) && f.effectiveTo() != null && f.effectiveTo().isBefore(today)) {
            problems.add(new Problem(d.publisherUnitId(), FindingKind.EXPIRED_VALID, name(d) + "有效期至 "
                    + f.effectiveTo() + "，已过期，但有效性仍标为“有效”", d.id(),
                    "EXPIRED:" + d.id() + ":" + f.effectiveTo()));
        }
    }

    private void deadLinks(PublishedDocument d, PatrolFacts f, Set<Long> publicIds, List<Problem> problems) {
        for (String href : f.links()) {
            if (links.check(href, publicIds) == PortalLinks.Verdict.DEAD) {
                String shown = href.length() > 300 ? href.substring(0, 300) + "…" : href;
                problems.add(new Problem(d.publisherUnitId(), FindingKind.DEAD_LINK, name(d) + "正文中的链接 " + shown
                        + " 指向的页面不存在", d.id(), "LINK:" + d.id() + ":" + Sm3.hex(href).substring(0, 32)));
            }
        }
    }

    private void personalData(PublishedDocument d, List<Problem> problems) {
        String text = String.join("\n", d.title(), d.summary() == null ? "" : d.summary(),
                d.bodyText() == null ? "" : d.bodyText(), d.attachmentText() == null ? "" : d.attachmentText());
        List<PersonalDataGuard.Match> found = guard.scan(text).stream().filter(m -> PERSONAL.contains(m.kind()))
                .toList();
        if (found.isEmpty()) {
            return;
        }
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        found.forEach(m -> kinds.merge(m.kind().label(), 1, Integer::sum));
        String what = String.join("、", kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 处")
                .toList());
        String fingerprints = String.join(",", found.stream().map(PersonalDataGuard.Match::fingerprint).sorted()
                .distinct().toList());
        problems.add(new Problem(d.publisherUnitId(), FindingKind.PERSONAL_DATA, name(d) + "公开内容含个人信息："
                + what + "（如 " + found.get(0).masked() + "），请去标识化处理", d.id(),
                "PD:" + d.id() + ":" + Sm3.hex(fingerprints).substring(0, 32)));
    }

    private static String name(PublishedDocument d) {
        String title = d.title().length() > 80 ? d.title().substring(0, 80) + "…" : d.title();
        return "《" + title + "》（索引号 " + d.indexNumber() + "）";
    }
}
