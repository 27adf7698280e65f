package org.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.audit.AuditLog;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.RegisterRepository.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public register of answered requests (#10), like WhatDoTheyKnow's request pages: each request whose
 * applicant consented, once decided, in a unit whose register is on — the question, the unit, the dates, the decision
 * row and the reply letter, personal data masked ({@link RegisterMasking}). Never the applicant, the access code,
 * attachments or notes. Also the switch per unit (on by default), the statistics of the daily job
 * ({@link RegisterStatisticsJob}) and the one-step 主动公开 draft of Art. 44 ({@link RegisterCommands}).
 */
@Service
public class RequestRegister {

    public static final int PAGE_SIZE = 20;
    /** The last page a query may ask for (every parameter is bounded). */
    public static final int MAX_PAGE = 500;
    /** The roles that switch a unit's register (for their units and, as it covers sub-units, those below). */
    static final Role[] SETTING_ROLES = {Role.LEADER};

    /** What the list asks: text in the question, a unit, a decision group, a page (all optional). */
    public record Query(String text, Long unitId, DecisionCode.Group group, int page) {}

    public record Entry(long id, String question, String unitName, LocalDate receivedOn, LocalDate dueOn,
            LocalDate decidedOn, DecisionCode decision, boolean onTime,
            List<org.gongkai.requests.letters.LetterRenderer.TextParagraph> letter) {

        /** The question shortened for lists. */
        public String excerpt() {
            return question.length() <= 120 ? question : question.substring(0, 120) + "…";
        }
    }

    public record Page(List<Entry> entries, long total, int page, int pages) {}

    public record UnitStatistics(long unitId, String unitName, int received, int answered, int onTime,
            Map<DecisionCode, Integer> decisions) {

        /** On-time share in whole percent of the answered requests; null when none was answered. */
        public Integer onTimePercent() {
            return answered == 0 ? null : (int) Math.round(100.0 * onTime / answered);
        }
    }

    public record Statistics(Instant computedAt, List<UnitStatistics> units) {

        /** When the figures were computed, in Beijing time: {@code 2026-06-15 01:30}. */
        public String asOf() {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(computedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        }
    }

    public record UnitSetting(long unitId, String creditCode, String unitName, boolean enabled) {}

    private final RegisterRepository register;
    private final RequestRepository requests;
    private final RegisterTexts texts;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;
    private final CommandDispatcher commands;

    RequestRegister(RegisterRepository register, RequestRepository requests, RegisterTexts texts,
            UnitDirectory units, AuditLog audit, Clock clock, CommandDispatcher commands) {
        this.register = register;
        this.requests = requests;
        this.texts = texts;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.commands = commands;
    }

    // --- the public pages ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page search(Query query) {
        int page = Math.max(1, Math.min(MAX_PAGE, query.page()));
        Set<DecisionCode> codes = query.group() == null ? Set.of()
                : EnumSet.copyOf(java.util.Arrays.stream(DecisionCode.values()).filter(c -> c.group() == query.group())
                        .toList());
        RegisterRepository.Found found = register.search(query.text(), query.unitId(), codes, (page - 1) * PAGE_SIZE,
                PAGE_SIZE);
        Map<Long, String> names = unitNames();
        List<Entry> entries = found.rows().stream().map(r -> entry(r, names, List.of())).toList();
        int pages = (int) Math.min(MAX_PAGE, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(entries, found.total(), page, pages);
    }

    /** One entry with its reply letter, masked; an unlisted id (no consent, undecided, unit off) is not found. */
    @Transactional(readOnly = true)
    public Entry entry(long id) {
        Row row = register.row(id).orElseThrow(GongkaiException::notFound);
        DisclosureRequest request = requests.findById(id).orElseThrow(GongkaiException::notFound);
        return entry(row, unitNames(), texts.letter(request, row));
    }

    /** The newest entries (home page block). */
    @Transactional(readOnly = true)
    public List<Entry> newest(int limit) {
        Map<Long, String> names = unitNames();
        return register.newest(Math.max(1, Math.min(limit, PAGE_SIZE))).stream().map(r -> entry(r, names, List.of()))
                .toList();
    }

    /** Every listed entry's address, for the sitemap (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<String> entryPaths(int limit) {
        return register.listedIds(limit).stream().map(id -> "/requests/register/" + id).toList();
    }

    /** The units that take applications and have their register on, for the filter. */
    public List<UnitView> listedUnits() {
        Set<Long> off = register.switchedOff();
        return receivingUnits().stream().filter(u -> !off.contains(u.id())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Statistics> statistics() {
        return register.statistics().map(stored -> {
            Set<Long> off = register.switchedOff();
            Map<Long, String> names = unitNames();
            Map<Long, Map<DecisionCode, Integer>> byUnit = new LinkedHashMap<>();
            stored.decisions().forEach(d -> byUnit.computeIfAbsent(d.unitId(), k -> new EnumMap<>(DecisionCode.class))
                    .put(d.code(), d.requests()));
            List<UnitStatistics> out = stored.units().stream().filter(u -> !off.contains(u.unitId()))
                    .filter(u -> names.containsKey(u.unitId()))
                    .map(u -> new UnitStatistics(u.unitId(), names.get(u.unitId()), u.received(), u.answered(),
                            u.onTime(), byUnit.getOrDefault(u.unitId(), Map.of())))
                    .sorted(java.util.Comparator.comparing(UnitStatistics::unitName))
                    .toList();
            return new Statistics(stored.computedAt(), out);
        });
    }

    /** Recomputes the statistics (the daily job; also callable by tests). */
    @Transactional
    public Instant computeStatistics() {
        Instant now = clock.instant();
        register.replaceStatistics(register.countByUnit(), register.countDecisions(), now);
        return now;
    }

    // --- the switch per unit ---------------------------------------------------------------------------------

    /** The units the actor may switch, with their current setting. */
    @Transactional(readOnly = true)
    public List<UnitSetting> settings(Actor actor) {
        Set<Long> scope = units.visibleUnits(actor, SETTING_ROLES);
        Set<Long> off = register.switchedOff();
        return receivingUnits().stream().filter(u -> scope.contains(u.id()))
                .map(u -> new UnitSetting(u.id(), u.creditCode(), u.name(), !off.contains(u.id()))).toList();
    }

    /** Sets the units' switches: {@code enabled} names the units (of the actor's scope) whose register is on. */
    @Transactional
    public int updateSettings(Actor actor, Set<Long> enabled) {
        int changed = 0;
        for (UnitSetting s : settings(actor)) {
            boolean on = enabled.contains(s.unitId());
            if (on != s.enabled()) {
                register.setEnabled(s.unitId(), on, actor.username(), clock.instant());
                audit.success("REQUEST_REGISTER_SETTING_CHANGED", "Unit", String.valueOf(s.unitId()),
                        s.unitName() + (on ? "：开启依申请公开登记" : "：关闭依申请公开登记"));
                changed++;
            }
        }
        return changed;
    }

    // --- Art. 44 ----------------------------------------------------------------------------------------------

    /** Turns an answer into a 主动公开 document draft (one step, audited); returns the draft's id. */
    public long promote(Actor actor, String trackingNumber) {
        return commands.dispatchAs(actor, new RegisterCommands.PromoteToDocument(trackingNumber));
    }

    /**
     * What the request page shows about Art. 44 to the signed-in officer: the draft already made (a link), or the
     * button when the answer disclosed information and the viewer is both a request officer and the 信息员 of the
     * request's unit (buttons a user's roles cannot use are not shown), or nothing.
     */
    public record Promotion(boolean offered, Long documentId) {}

    @Transactional(readOnly = true)
    public Promotion promotion(String trackingNumber) {
        Optional<Actor> actor = Actor.current();
        Optional<DisclosureRequest> found = requests.findByTrackingNumber(
                trackingNumber == null ? "" : trackingNumber.trim().toUpperCase());
        if (actor.isEmpty() || found.isEmpty()) {
            return new Promotion(false, null);
        }
        DisclosureRequest request = found.get();
        Optional<Long> document = register.promotedDocument(request.id());
        if (document.isPresent()) {
            return new Promotion(false, document.get());
        }
        DecisionCode decision = request.events().stream().filter(e -> e.type() == ClockEventType.DECIDED)
                .map(ClockEvent::code).findFirst().orElse(null);
        boolean disclosing = decision != null && (decision.group() == DecisionCode.Group.DISCLOSED
                || decision.group() == DecisionCode.Group.PARTIALLY_DISCLOSED);
        boolean mayAct = units.visibleUnits(actor.get(), Role.REQUEST_OFFICER).contains(request.unitId())
                && units.visibleUnits(actor.get(), Role.EDITOR).contains(request.unitId());
        return new Promotion(disclosing && mayAct, null);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Entry entry(Row r, Map<Long, String> names,
            List<org.gongkai.requests.letters.LetterRenderer.TextParagraph> letter) {
        boolean onTime = r.decidedOn() != null && r.dueOn() != null && !r.decidedOn().isAfter(r.dueOn());
        return new Entry(r.id(), r.question(), names.getOrDefault(r.unitId(), ""), r.receivedOn(), r.dueOn(),
                r.decidedOn(), r.decision(), onTime, letter);
    }

    private List<UnitView> receivingUnits() {
        return ReceivingUnits.groups(units.findAll()).stream().flatMap(g -> g.units().stream()).toList();
    }

    private Map<Long, String> unitNames() {
        return units.findAll().stream().collect(Collectors.toMap(UnitView::id, UnitView::name, (a, b) -> a));
    }
}
