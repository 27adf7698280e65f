package org.gongkai.trading.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.PersonalData;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.trading.TradingScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool's import: all lines or none; an id already in the pool is replaced (the line is the expert's whole
 * record); specialty codes not yet in the list are added to it, each addition audited.
 */
@Service
public class ExpertImport {

    public record Imported(List<String> expertIds) {}

    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "BLACKLISTED", "ON_LEAVE");
    static final Set<String> CONFLICT_KINDS = Set.of("RELATIVE", "FINANCIAL", "OTHER");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ExpertRepository experts;
    private final TradingScope scope;
    private final AuditLog audit;
    private final Clock clock;

    ExpertImport(ExpertRepository experts, TradingScope scope, AuditLog audit, Clock clock) {
        this.experts = experts;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Imported run(Actor actor, List<ExpertInput> lines, IdempotencyKeys.Claim claim) {
        scope.requirePoolKeeper(actor);
        LocalDate today = clock.instant().atZone(ZONE).toLocalDate();
        Map<String, Long> existing = experts.ids(lines.stream().filter(l -> l != null && l.expertId() != null)
                .map(ExpertInput::expertId).distinct().toList());
        Set<String> known = experts.knownSpecialties();
        Set<String> added = new TreeSet<>();
        ImportReport.Errors errors = new ImportReport.Errors();
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && errors.isEmpty(); i++) {
            ExpertInput in = lines.get(i);
            try {
                ExpertInput clean = check(in, today);
                if (!seen.add(clean.expertId())) {
                    throw GongkaiException.invalid("expertId", "同一文件中专家编号重复");
                }
                for (String s : clean.specialties()) {
                    if (known.add(s)) {
                        experts.addSpecialty(s, clock.instant());
                        added.add(s);
                    }
                }
                experts.save(existing.get(clean.expertId()), clean, clock.instant());
                out.add(clean.expertId());
            } catch (GongkaiException e) {
                errors.add(i + 1, e.field() == null ? "" : e.field(), e.getMessage());
            }
        }
        ImportReport report = errors.report(lines.size(), out.size());
        if (!report.completed()) {
            ImportReport.RowError first = report.errors().get(0);
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + first.row() + " 行：" + first.message(),
                    first.column().isEmpty() ? null : first.column());
        }
        for (String s : added) {
            audit.success("TRADING_SPECIALTY_ADDED", "TradingSpecialty", s, "导入专家时新增专业代码 " + s);
        }
        audit.success("TRADING_EXPERTS_IMPORTED", "TradingExpert", null, "导入评标专家 " + out.size() + " 名");
        Imported imported = new Imported(List.copyOf(out));
        claim.remember(imported);
        return imported;
    }

    /** The checked line (lists never null), or the refusal at its field. */
    static ExpertInput check(ExpertInput in, LocalDate today) {
        if (in == null) {
            throw GongkaiException.invalid("", "该行应为一个 JSON 对象");
        }
        if (in.expertId() == null || !in.expertId().matches("[A-Za-z0-9-]{1,40}")) {
            throw GongkaiException.invalid("expertId", "专家编号应为 1 至 40 个字母、数字或连字符");
        }
        text(in.name(), "name", 50, true, "请填写专家姓名（不超过 50 字）");
        if (in.idNumber() == null || !PersonalData.isValidIdNumber(in.idNumber().trim())) {
            throw GongkaiException.invalid("idNumber", "身份证号码不正确，请核对");
        }
        List<String> specialties = in.specialties() == null ? List.of() : in.specialties();
        if (specialties.isEmpty() || specialties.size() > 20) {
            throw GongkaiException.invalid("specialties", "请填写 1 至 20 个评审专业代码");
        }
        for (String s : specialties) {
            if (s == null || !s.matches("[A-Za-z0-9._-]{1,40}")) {
                throw GongkaiException.invalid("specialties", "评审专业代码应为 1 至 40 个字母、数字、点、下划线或连字符");
            }
        }
        text(in.title(), "title", 100, false, "职称不超过 100 字");
        text(in.region(), "region", 100, false, "地区不超过 100 字");
        code(in.employerCode(), "employerCode");
        List<ExpertInput.Former> former = in.formerEmployers() == null ? List.of() : in.formerEmployers();
        if (former.size() > 50) {
            throw GongkaiException.invalid("formerEmployers", "曾任职单位不能超过 50 个");
        }
        for (ExpertInput.Former f : former) {
            if (f == null || f.code() == null || f.until() == null) {
                throw GongkaiException.invalid("formerEmployers", "曾任职单位须写明代码（code）和离职日期（until）");
            }
            code(f.code(), "formerEmployers");
            if (f.until().isBefore(LocalDate.of(1950, 1, 1)) || f.until().isAfter(today)) {
                throw GongkaiException.invalid("formerEmployers", "离职日期应在 1950 年以后，且不能晚于今天");
            }
        }
        List<ExpertInput.Conflict> conflicts = in.conflicts() == null ? List.of() : in.conflicts();
        if (conflicts.size() > 100) {
            throw GongkaiException.invalid("conflicts", "申报的利害关系不能超过 100 项");
        }
        for (ExpertInput.Conflict c : conflicts) {
            if (c == null || c.partyCode() == null || !CONFLICT_KINDS.contains(c.kind())) {
                throw GongkaiException.invalid("conflicts", "利害关系须写明当事人代码（partyCode）和类型 RELATIVE、FINANCIAL 或 OTHER");
            }
            code(c.partyCode(), "conflicts");
        }
        if (in.status() == null || !STATUSES.contains(in.status())) {
            throw GongkaiException.invalid("status", "状态应为 ACTIVE、SUSPENDED、BLACKLISTED 或 ON_LEAVE");
        }
        for (LocalDate d : new LocalDate[] {in.statusFrom(), in.statusUntil()}) {
            if (d != null && (d.isBefore(LocalDate.of(2000, 1, 1)) || d.isAfter(today.plusYears(10)))) {
                throw GongkaiException.invalid("statusFrom", "状态起止日期应在 2000 年以后、十年以内");
            }
        }
        if (in.statusFrom() != null && in.statusUntil() != null && in.statusUntil().isBefore(in.statusFrom())) {
            throw GongkaiException.invalid("statusUntil", "状态截止日期不能早于开始日期");
        }
        if (in.phone() != null && !in.phone().isBlank() && !in.phone().trim().matches("[0-9+\\-]{7,20}")) {
            throw GongkaiException.invalid("phone", "联系电话格式不正确");
        }
        return new ExpertInput(in.expertId(), in.name(), in.idNumber(), specialties, blank(in.title()),
                blank(in.employerCode()), former, conflicts, in.status(), in.statusFrom(), in.statusUntil(),
                in.phone(), blank(in.region()));
    }

    private static void text(String value, String field, int max, boolean required, String message) {
        if ((required && (value == null || value.isBlank())) || (value != null && value.length() > max)) {
            throw GongkaiException.invalid(field, message);
        }
    }

    private static void code(String value, String field) {
        if (value != null && !value.isBlank()) {
            CreditCodes.problem(value).ifPresent(p -> {
                throw GongkaiException.invalid(field, p);
            });
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
