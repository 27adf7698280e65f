package org.gongkai.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportReport.RowError;
import org.gongkai.imports.TableRow;

/**
 * Unit import: validates every row against the file and the database first; only when no row has an
 * error are the units written, parents before children.
 */
final class UnitImport {

    static final List<String> COLUMNS = List.of("统一社会信用代码", "名称", "简称", "类型", "上级单位统一社会信用代码",
            "所属区划代码", "办公地址", "办公时间", "联系电话", "传真", "电子邮箱");

    private static final int[] MAX_LENGTHS = {18, 200, 100, 0, 0, 0, 300, 200, 50, 50, 200};

    private final OrganisationService service;
    private final UnitRepository units;
    private final RegionRepository regions;

    UnitImport(OrganisationService service, UnitRepository units, RegionRepository regions) {
        this.service = service;
        this.units = units;
        this.regions = regions;
    }

    private record Candidate(int row, String code, String parentCode, UnitDetails details) {}

    /** Validates all rows; returns the errors (nothing written) or writes all rows and returns an empty list. */
    ImportReport run(List<TableRow> table) {
        List<RowError> errors = new ArrayList<>();
        List<TableRow> rows = Imports.dataRows(table, COLUMNS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, errors);
        }
        Map<String, Integer> codesInFile = new HashMap<>();
        Map<String, UnitType> typesInFile = new HashMap<>();
        for (TableRow r : rows) {
            codesInFile.putIfAbsent(r.get(0).toUpperCase(Locale.ROOT), r.number());
            typesInFile.putIfAbsent(r.get(0).toUpperCase(Locale.ROOT), UnitType.parse(r.get(3)));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (TableRow r : rows) {
            int before = errors.size();
            String code = r.get(0).toUpperCase(Locale.ROOT);
            CreditCodes.problem(code).ifPresent(p -> errors.add(new RowError(r.number(), COLUMNS.get(0), p)));
            if (codesInFile.get(code) != null && codesInFile.get(code) != r.number()) {
                errors.add(new RowError(r.number(), COLUMNS.get(0), "与第" + codesInFile.get(code) + "行重复"));
            } else if (!code.isEmpty() && units.findByCreditCode(code).isPresent()) {
                errors.add(new RowError(r.number(), COLUMNS.get(0), "该统一社会信用代码的单位已存在"));
            }
            String name = r.get(1);
            if (name.isEmpty()) {
                errors.add(new RowError(r.number(), COLUMNS.get(1), "请填写单位名称"));
            }
            for (int col = 1; col < COLUMNS.size(); col++) {
                if (MAX_LENGTHS[col] > 0 && r.get(col).length() > MAX_LENGTHS[col]) {
                    errors.add(new RowError(r.number(), COLUMNS.get(col), "不能超过" + MAX_LENGTHS[col] + "个字"));
                }
            }
            UnitType type = UnitType.parse(r.get(3));
            if (type == null) {
                errors.add(new RowError(r.number(), COLUMNS.get(3),
                        "类型应为：政府、部门、乡镇政府、村（居）委会、服务中心、其他、外部发布机关"));
            }
            String parentCode = r.get(4).toUpperCase(Locale.ROOT);
            if (!parentCode.isEmpty()) {
                if (parentCode.equals(code)) {
                    errors.add(new RowError(r.number(), COLUMNS.get(4), "上级单位不能是本单位"));
                } else if (!codesInFile.containsKey(parentCode) && units.findByCreditCode(parentCode).isEmpty()) {
                    errors.add(new RowError(r.number(), COLUMNS.get(4), "上级单位不存在（既不在系统中也不在本文件中）"));
                } else {
                    UnitType parentType = codesInFile.containsKey(parentCode) ? typesInFile.get(parentCode)
                            : units.findByCreditCode(parentCode).map(Unit::type).orElse(null);
                    UnitChecks.parentProblem(type, parentType)
                            .ifPresent(p -> errors.add(new RowError(r.number(), COLUMNS.get(4), p)));
                }
            }
            String regionCode = r.get(5);
            if (!regionCode.isEmpty() && regions.findByCode(regionCode).isEmpty()) {
                errors.add(new RowError(r.number(), COLUMNS.get(5), "所属区划代码不存在，请先添加区划"));
            }
            String email = r.get(10);
            if (!email.isEmpty() && !OrganisationService.EMAIL.matcher(email).matches()) {
                errors.add(new RowError(r.number(), COLUMNS.get(10), "电子邮箱格式不正确"));
            }
            if (errors.size() == before) {
                candidates.add(new Candidate(r.number(), code, parentCode.isEmpty() ? null : parentCode,
                        new UnitDetails(code, name, r.get(2), type, null, regionCode, r.get(6), r.get(7), r.get(8),
                                r.get(9), email)));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, errors);
        }
        return write(rows.size(), candidates);
    }

    /** Orders parents before children (a loop among the file's rows is an error), then writes all rows. */
    private ImportReport write(int rowsRead, List<Candidate> candidates) {
        Set<String> inFile = new HashSet<>();
        candidates.forEach(c -> inFile.add(c.code()));
        List<Candidate> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Candidate> pending = new ArrayList<>(candidates);
        while (!pending.isEmpty()) {
            List<Candidate> ready = pending.stream()
                    .filter(c -> c.parentCode() == null || !inFile.contains(c.parentCode())
                            || placed.contains(c.parentCode()))
                    .toList();
            if (ready.isEmpty()) {
                List<RowError> loop = pending.stream()
                        .map(c -> new RowError(c.row(), COLUMNS.get(4), "上级单位关系形成循环"))
                        .toList();
                return new ImportReport(rowsRead, 0, loop);
            }
            ready.forEach(c -> placed.add(c.code()));
            ordered.addAll(ready);
            pending.removeAll(ready);
        }
        Map<String, Long> written = new HashMap<>();
        for (Candidate c : ordered) {
            Long parentId = c.parentCode() == null ? null
                    : written.containsKey(c.parentCode()) ? written.get(c.parentCode())
                    : units.findByCreditCode(c.parentCode()).orElseThrow().id();
            UnitDetails d = c.details();
            Unit unit = service.insertUnit(new UnitDetails(d.creditCode(), d.name(), d.shortName(), d.type(),
                    parentId, d.regionCode(), d.officeAddress(), d.officeHours(), d.officePhone(),
                    d.officeFax(), d.officeEmail()));
            written.put(c.code(), unit.id());
        }
        return new ImportReport(rowsRead, written.size(), List.of());
    }
}
