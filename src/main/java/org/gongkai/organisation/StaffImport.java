package org.gongkai.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportReport.RowError;
import org.gongkai.imports.TableRow;

/**
 * Staff import: username, name, mobile and the units each person belongs to. Roles are not imported: the
 * security administrator grants them (三员分立).
 */
final class StaffImport {

    static final List<String> COLUMNS = List.of("用户名", "姓名", "手机号", "所属单位统一社会信用代码");

    private final OrganisationService service;
    private final StaffRepository staff;
    private final UnitRepository units;

    StaffImport(OrganisationService service, StaffRepository staff, UnitRepository units) {
        this.service = service;
        this.staff = staff;
        this.units = units;
    }

    ImportReport run(List<TableRow> table) {
        List<RowError> errors = new ArrayList<>();
        List<TableRow> rows = Imports.dataRows(table, COLUMNS, errors);
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, errors);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<StaffDetails> valid = new ArrayList<>();
        for (TableRow r : rows) {
            int before = errors.size();
            String username = r.get(0).toLowerCase(Locale.ROOT);
            if (!OrganisationService.USERNAME.matcher(username).matches()) {
                errors.add(new RowError(r.number(), COLUMNS.get(0), "用户名应为3至64位小写字母、数字或“._-”，以字母开头"));
            } else if (seen.containsKey(username)) {
                errors.add(new RowError(r.number(), COLUMNS.get(0), "与第" + seen.get(username) + "行重复"));
            } else if (staff.usernameTaken(username)) {
                errors.add(new RowError(r.number(), COLUMNS.get(0), "用户名已被使用"));
            }
            seen.putIfAbsent(username, r.number());
            String name = r.get(1);
            if (name.isEmpty()) {
                errors.add(new RowError(r.number(), COLUMNS.get(1), "请填写姓名"));
            } else if (name.length() > 100) {
                errors.add(new RowError(r.number(), COLUMNS.get(1), "不能超过100个字"));
            }
            String mobile = r.get(2);
            if (!mobile.isEmpty() && !org.gongkai.common.PersonalData.isMobile(mobile)) {
                errors.add(new RowError(r.number(), COLUMNS.get(2), "手机号码应为以1开头的11位数字"));
            }
            Set<Long> unitIds = new LinkedHashSet<>();
            String codes = r.get(3);
            if (codes.isEmpty()) {
                errors.add(new RowError(r.number(), COLUMNS.get(3), "请至少填写一个所属单位"));
            }
            for (String code : codes.split("[;；,，\\s]+")) {
                if (code.isBlank()) {
                    continue;
                }
                var unit = units.findByCreditCode(code.trim().toUpperCase(Locale.ROOT));
                if (unit.isEmpty()) {
                    errors.add(new RowError(r.number(), COLUMNS.get(3), "单位“" + code.trim() + "”不存在"));
                } else {
                    unitIds.add(unit.get().id());
                }
            }
            if (errors.size() == before) {
                valid.add(new StaffDetails(username, name, mobile, true, unitIds));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, errors);
        }
        valid.forEach(service::insertStaff);
        return new ImportReport(rows.size(), valid.size(), List.of());
    }
}
