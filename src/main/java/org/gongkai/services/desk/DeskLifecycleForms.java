package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.common.DateRange;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.CaseAction;
import org.gongkai.services.cases.CaseView;
import org.gongkai.services.cases.ServiceCaseCommands.AcceptServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.CompleteServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.DeliverServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.RefuseServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.ResumeServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.SuspendServiceCase;

/**
 * The case page's forms in the order the page offers them: the next step first (materials check before acceptance
 * when the materials were not checked yet; then accept, end the special procedure, complete, deliver), refusing and
 * suspending folded under 其他操作; the desk's own opinion form last. Each lifecycle form's parameters make the case
 * module's command ({@code ServiceCaseCommands}); a date left empty means today.
 */
final class DeskLifecycleForms {

    /** Next-step priority of the lifecycle's actions (lower first). */
    private static final List<CaseAction> ORDER = List.of(CaseAction.ACCEPT, CaseAction.RESUME, CaseAction.COMPLETE,
            CaseAction.DELIVER, CaseAction.REFUSE, CaseAction.SUSPEND);

    private DeskLifecycleForms() {}

    /** The labels of every form the page can show, by path. */
    static Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("materials", "材料核验");
        for (CaseAction a : CaseAction.values()) {
            out.put(a.path(), a.label());
        }
        out.put("opinion", "征求意见（并联审批）");
        return out;
    }

    /**
     * The forms offered now: the lifecycle's allowed actions by priority, the materials check (first while unchecked or
     * while a required material is missing — acceptance waits for it —, else after acceptance) for a case not yet
     * accepted, and the opinion form for an open case's officer.
     */
    static List<String> offered(CaseView view, boolean materialsComplete, boolean mayCheck, boolean mayAskOpinion) {
        List<String> out = new ArrayList<>();
        view.allowedActions().stream().sorted(Comparator.comparingInt(ORDER::indexOf))
                .forEach(a -> out.add(a.path()));
        if (mayCheck && "RECEIVED".equals(view.status().name())) {
            out.add(materialsComplete ? Math.min(1, out.size()) : 0, "materials");
        }
        if (mayAskOpinion && view.status().isOpen()) {
            out.add("opinion");
        }
        return out;
    }

    /** The command of a lifecycle form; an unknown path is not found. */
    static Command command(String caseNumber, String path, Map<String, String> p) {
        CaseAction action = java.util.Arrays.stream(CaseAction.values()).filter(a -> a.path().equals(path))
                .findFirst().orElseThrow(GongkaiException::notFound);
        return switch (action) {
            case ACCEPT -> new AcceptServiceCase(caseNumber, date(p, "on"));
            case REFUSE -> new RefuseServiceCase(caseNumber, date(p, "on"), p.get("reason"), p.get("legalBasis"));
            case SUSPEND -> new SuspendServiceCase(caseNumber, p.get("procedure"), date(p, "start"),
                    date(p, "plannedEnd"));
            case RESUME -> new ResumeServiceCase(caseNumber, date(p, "end"));
            case COMPLETE -> new CompleteServiceCase(caseNumber, date(p, "on"), p.get("result"));
            case DELIVER -> new DeliverServiceCase(caseNumber, date(p, "on"), p.get("method"));
        };
    }

    /** A date field: empty = null (the command takes today), else strict YYYY-MM-DD within the platform's range. */
    static LocalDate date(Map<String, String> p, String field) {
        String text = p.get(field);
        return text == null || text.isBlank() ? null : DateRange.current().parse(field, text.strip());
    }

    static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写整数");
        }
    }
}
