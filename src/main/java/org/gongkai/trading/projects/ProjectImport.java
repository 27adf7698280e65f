package org.gongkai.trading.projects;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.TradingScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects in bulk (the JSON lines import) and one at a time (create, update): all lines or none; a code already in
 * the officer's scope is updated (a county migrating its ledger re-imports a project once it has a deal), a code of
 * another unit is refused at {@code projectCode}.
 */
@Service
public class ProjectImport {

    /** What a completed import returns (and what a retry with the same idempotency key gets back). */
    public record Imported(List<String> projectCodes) {}

    private final ProjectRepository projects;
    private final TradingScope scope;
    private final AuditLog audit;
    private final Clock clock;

    ProjectImport(ProjectRepository projects, TradingScope scope, AuditLog audit, Clock clock) {
        this.projects = projects;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Imported run(Actor actor, List<ProjectInput> lines, IdempotencyKeys.Claim claim) {
        Set<Long> units = scope.officerUnits(actor);
        long home = scope.homeUnit(actor);
        Map<String, Long> owners = projects.owners(lines.stream().filter(l -> l != null)
                .map(ProjectInput::projectCode).filter(c -> c != null).distinct().toList());
        ImportReport.Errors errors = new ImportReport.Errors();
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && errors.isEmpty(); i++) {
            ProjectInput in = lines.get(i);
            try {
                if (in == null) {
                    throw GongkaiException.invalid("", "该行应为一个 JSON 对象");
                }
                ProjectType type = ProjectChecks.check(in, clock.instant());
                if (!seen.add(in.projectCode())) {
                    throw GongkaiException.invalid("projectCode", "同一文件中项目编号重复");
                }
                save(in, type, owners.get(in.projectCode()), units, home, true);
                out.add(in.projectCode());
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
        audit.success("TRADING_PROJECTS_IMPORTED", "TradingProject", null, "导入交易项目 " + out.size() + " 个");
        Imported imported = new Imported(List.copyOf(out));
        claim.remember(imported);
        return imported;
    }

    /** Creates or updates one project (the single endpoints); the dispatcher audits the command. */
    @Transactional
    public String saveOne(Actor actor, ProjectInput in, boolean mustExist) {
        Set<Long> units = scope.officerUnits(actor);
        ProjectType type = ProjectChecks.check(in, clock.instant());
        Long owner = projects.owners(List.of(in.projectCode())).get(in.projectCode());
        if (mustExist && (owner == null || !units.contains(owner))) {
            throw GongkaiException.notFound();
        }
        if (!mustExist && owner != null) {
            throw new GongkaiException(ErrorCode.CONFLICT, "项目编号已存在", "projectCode");
        }
        save(in, type, owner, units, scope.homeUnit(actor), false);
        return in.projectCode();
    }

    private void save(ProjectInput in, ProjectType type, Long owner, Set<Long> units, long home, boolean imported) {
        if (owner == null) {
            projects.insert(in, type, home, imported, clock.instant());
        } else if (units.contains(owner)) {
            Project existing = projects.find(in.projectCode()).orElseThrow();
            projects.update(existing.id(), in, type, clock.instant());
        } else {
            throw GongkaiException.invalid("projectCode", "项目编号已被其他单位使用");
        }
    }
}
