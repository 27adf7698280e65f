package org.gongkai.trading.experts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.TradingScope;
import org.gongkai.trading.draws.DrawRecord;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.experts.ExpertCommands.EditExpert;
import org.gongkai.trading.experts.ExpertCommands.RateExpert;
import org.gongkai.trading.projects.Project;
import org.springframework.stereotype.Service;

/**
 * The expert pool as its administrator keeps it (issue #14): a page of the pool with ID numbers and phones masked,
 * one expert with them decrypted (each such reading audited as {@code VIEW_EXPERT}), the edit of an expert (the
 * command names the fields changed, never their personal values), and the ratings of experts per project by the
 * trading centre. Experts never sign in, so they never see each other.
 */
@Service
public class ExpertPool {

    public static final int PAGE_SIZE = 50;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A row of the pool's list; {@code idNumber} and {@code phone} masked. */
    public record ListedExpert(@com.fasterxml.jackson.annotation.JsonIgnore long pk, String expertId, String name,
            String idNumber, String phone, String title, String employerCode, String status, LocalDate statusFrom,
            LocalDate statusUntil, List<String> specialties) {}

    public record Page(List<ListedExpert> rows, int total, int page, int pages) {}

    /** An expert as stored, decrypted. */
    public record Stored(long pk, ExpertInput expert, Instant updatedAt) {}

    public record Specialty(String code, String name) {}

    public record ExpertRating(String projectCode, String projectTitle, int score, String comment, Instant ratedAt) {}

    /** The administrator's view of one expert: the record decrypted and its ratings. */
    public record Detail(ExpertInput expert, Instant updatedAt, List<ExpertRating> ratings) {}

    private final ExpertRepository experts;
    private final ExpertPoolRepository pool;
    private final TradingScope scope;
    private final Draws draws;
    private final AuditLog audit;
    private final Clock clock;

    ExpertPool(ExpertRepository experts, ExpertPoolRepository pool, TradingScope scope, Draws draws, AuditLog audit,
            Clock clock) {
        this.experts = experts;
        this.pool = pool;
        this.scope = scope;
        this.draws = draws;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the pool (1-based), filtered by specialty, status and an expert id or the start of a name. */
    public Page list(Actor actor, String specialty, String status, String query, int page) {
        scope.requireExpertAdmin(actor);
        String s = blank(specialty);
        String st = blank(status);
        String q = blank(query);
        if (s != null && !s.matches("[A-Za-z0-9._-]{1,40}")) {
            throw GongkaiException.invalid("specialty", "评审专业代码不正确");
        }
        if (st != null && !ExpertImport.STATUSES.contains(st)) {
            throw GongkaiException.invalid("status", "状态应为 ACTIVE、SUSPENDED、BLACKLISTED 或 ON_LEAVE");
        }
        if (q != null && q.length() > 50) {
            throw GongkaiException.invalid("q", "查询内容不超过 50 字");
        }
        if (page < 1 || page > 10_000) {
            throw GongkaiException.invalid("page", "页码不正确");
        }
        int total = pool.count(s, st, q);
        return new Page(pool.page(s, st, q, (page - 1) * PAGE_SIZE, PAGE_SIZE), total, page,
                Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** One expert decrypted, for its administrator; the reading is audited. */
    public Detail detail(Actor actor, String expertId) {
        scope.requireExpertAdmin(actor);
        Stored s = find(expertId);
        audit.success("VIEW_EXPERT", "TradingExpert", expertId, "查看专家的身份证号码和联系电话");
        return new Detail(s.expert(), s.updatedAt(), pool.ratings(s.pk()));
    }

    public List<Specialty> specialties() {
        return pool.specialties();
    }

    private Stored find(String expertId) {
        if (expertId == null || !expertId.matches("[A-Za-z0-9-]{1,40}")) {
            throw GongkaiException.notFound();
        }
        return pool.find(expertId).orElseThrow(GongkaiException::notFound);
    }

    /** Saves the edit; answers what changed (field names; personal values never written to the audit log). */
    String edit(EditExpert c) {
        Stored before = find(c.expertId());
        ExpertInput in = c.expert();
        if (in.expertId() != null && !in.expertId().equals(c.expertId())) {
            throw GongkaiException.invalid("expertId", "专家编号与地址中的不一致");
        }
        ExpertInput merged = new ExpertInput(c.expertId(), in.name(), in.idNumber() == null || in.idNumber().isBlank()
                ? before.expert().idNumber() : in.idNumber(), in.specialties(), in.title(), in.employerCode(),
                in.formerEmployers(), in.conflicts(), in.status(), in.statusFrom(), in.statusUntil(), in.phone(),
                in.region());
        ExpertInput clean = ExpertImport.check(merged, clock.instant().atZone(ZONE).toLocalDate());
        Set<String> known = new HashSet<>(pool.specialties().stream().map(Specialty::code).toList());
        for (String s : clean.specialties()) {
            if (!known.contains(s)) {
                throw GongkaiException.invalid("specialties", "评审专业代码 " + s + " 不在专业列表中（新专业随专家导入添加）");
            }
        }
        experts.save(before.pk(), clean, clock.instant());
        return changes(before.expert(), clean);
    }

    private static String changes(ExpertInput a, ExpertInput b) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(a.status(), b.status()) || !Objects.equals(a.statusFrom(), b.statusFrom())
                || !Objects.equals(a.statusUntil(), b.statusUntil())) {
            out.add("状态 " + a.status() + " → " + b.status() + (b.statusFrom() == null && b.statusUntil() == null ? ""
                    : "（" + (b.statusFrom() == null ? "" : b.statusFrom()) + " 至 "
                            + (b.statusUntil() == null ? "" : b.statusUntil()) + "）"));
        }
        change(out, "姓名", a.name(), b.name().trim());
        change(out, "身份证号码", a.idNumber(), b.idNumber().trim().toUpperCase(java.util.Locale.ROOT));
        change(out, "评审专业", Set.copyOf(a.specialties()), Set.copyOf(b.specialties()));
        change(out, "职称", a.title(), b.title());
        change(out, "工作单位", a.employerCode(), b.employerCode());
        change(out, "曾任职单位", Set.copyOf(a.formerEmployers()), Set.copyOf(b.formerEmployers()));
        change(out, "利害关系", Set.copyOf(a.conflicts()), Set.copyOf(b.conflicts()));
        change(out, "联系电话", a.phone(), b.phone() == null || b.phone().isBlank() ? null : b.phone().trim());
        change(out, "地区", a.region(), b.region());
        return out.isEmpty() ? "编辑专家资料（无变化）" : "编辑专家资料：" + String.join("；", out);
    }

    private static void change(List<String> out, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(label);
        }
    }

    /** Records the rating; the expert must have been selected for the project and not declined. */
    void rate(RateExpert c, Actor actor) {
        Project p = draws.project(actor, c.projectCode());
        boolean selected = false;
        for (DrawRecord d : draws.ofProject(p.id())) {
            boolean declined = d.declines().stream().anyMatch(x -> x.expertId().equals(c.expertId()));
            selected |= d.selected().contains(c.expertId()) && !declined;
        }
        if (!selected) {
            throw GongkaiException.invalid("expertId", "只能评价本项目抽中且未拒绝或缺席的专家");
        }
        Stored s = find(c.expertId());
        if (pool.rated(s.pk(), p.id())) {
            throw new GongkaiException(ErrorCode.CONFLICT, "已评价过该专家在本项目中的表现", "expertId");
        }
        pool.rate(s.pk(), p.id(), c.score(), blank(c.comment()), clock.instant(), actor.staffId());
    }

    /** The scores already given on a project, by expert id (the project page shows them). */
    public Map<String, Integer> scoresOfProject(long projectId) {
        return pool.scoresOfProject(projectId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
