package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportReport.RowError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Imports validate every row first and write all rows or none. */
@IntegrationTest
class OrganisationImportTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    UnitDirectory units;
    @Autowired
    StaffDirectory staff;

    private long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    private ImportReport importUnits(String name, byte[] file) {
        return OrganisationFixtures.as(Role.SYSTEM_ADMIN, government(),
                () -> organisation.importUnits(name, new ByteArrayInputStream(file)));
    }

    private ImportReport importStaff(String name, byte[] file) {
        return OrganisationFixtures.as(Role.SYSTEM_ADMIN, government(),
                () -> organisation.importStaff(name, new ByteArrayInputStream(file)));
    }

    private static String header() {
        return String.join(",", OrganisationService.UNIT_IMPORT_COLUMNS);
    }

    @Test
    void csvWithOneBadRowWritesNothingAndReportsEachProblem() {
        String good = OrganisationFixtures.newCreditCode();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        String csv = header() + "\n"
                + good + ",导入测试单位甲,,部门,,990101000000,,,,,\n"
                + badCheck + ",导入测试单位乙,,部门,,,,,,,\n"
                + OrganisationFixtures.newCreditCode() + ",,,不存在的类型,,999999999999,,,,,not-an-email\n";

        ImportReport report = importUnits("units.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.completed()).isFalse();
        assertThat(report.rowsWritten()).isZero();
        assertThat(report.errors()).extracting(RowError::row, RowError::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "统一社会信用代码"),
                org.assertj.core.groups.Tuple.tuple(4, "名称"),
                org.assertj.core.groups.Tuple.tuple(4, "类型"),
                org.assertj.core.groups.Tuple.tuple(4, "所属区划代码"),
                org.assertj.core.groups.Tuple.tuple(4, "电子邮箱"));
        assertThat(units.findByCreditCode(good)).isEmpty();
    }

    @Test
    void csvWithBomAndValidRowsWritesAllRowsWithParentsFromTheSameFile() {
        String parent = OrganisationFixtures.newCreditCode();
        String child = OrganisationFixtures.newCreditCode();
        String csv = "\uFEFF" + header() + "\r\n"
                + child + ",导入测试下级,,服务中心," + parent + ",,,,,,\r\n"
                + parent + ",\"导入测试上级,有逗号\",上级,DEPARTMENT,,990101000000,某路1号,工作日,0123-1,,a@b.example\r\n";

        ImportReport report = importUnits("units.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsWritten()).isEqualTo(2);
        var p = units.findByCreditCode(parent).orElseThrow();
        assertThat(p.name()).isEqualTo("导入测试上级,有逗号");
        assertThat(units.findByCreditCode(child).orElseThrow().parentId()).isEqualTo(p.id());
    }

    @Test
    void loopBetweenRowsIsReportedAndNothingWritten() {
        String a = OrganisationFixtures.newCreditCode();
        String b = OrganisationFixtures.newCreditCode();
        String csv = header() + "\n" + a + ",循环甲,,部门," + b + ",,,,,,\n" + b + ",循环乙,,部门," + a + ",,,,,,\n";

        ImportReport report = importUnits("units.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(report.completed()).isFalse();
        assertThat(report.errors()).extracting(RowError::message).containsOnly("上级单位关系形成循环");
        assertThat(units.findByCreditCode(a)).isEmpty();
    }

    @Test
    void xlsxStaffImportWithOneBadRowWritesNothing() throws Exception {
        String unitCode = units.findAll().get(0).creditCode();
        String good = OrganisationFixtures.unique("imp");
        byte[] file = xlsx(List.of(
                OrganisationService.STAFF_IMPORT_COLUMNS,
                List.of(good, "导入人员", "13700001111", unitCode),
                List.of("Bad Name!", "", "12345", "91000000000000000X")));

        ImportReport report = importStaff("staff.xlsx", file);

        assertThat(report.completed()).isFalse();
        assertThat(report.errors()).extracting(RowError::row, RowError::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "用户名"),
                org.assertj.core.groups.Tuple.tuple(3, "姓名"),
                org.assertj.core.groups.Tuple.tuple(3, "手机号"),
                org.assertj.core.groups.Tuple.tuple(3, "所属单位统一社会信用代码"));
        assertThat(staff.findByUsername(good)).isEmpty();
    }

    @Test
    void xlsxStaffImportWritesAllRowsWithSeveralUnits() throws Exception {
        var all = units.findAll();
        String first = OrganisationFixtures.unique("imp");
        String second = OrganisationFixtures.unique("imp");
        byte[] file = xlsx(List.of(
                OrganisationService.STAFF_IMPORT_COLUMNS,
                List.of(first, "导入人员一", "13700001111", all.get(1).creditCode() + ";" + all.get(2).creditCode()),
                List.of(second.toUpperCase(), "导入人员二", "", all.get(3).creditCode())));

        ImportReport report = importStaff("staff.xlsx", file);

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsWritten()).isEqualTo(2);
        assertThat(staff.findByUsername(first).orElseThrow().unitRoles()).hasSize(2);
        assertThat(staff.findByUsername(second).orElseThrow().username()).isEqualTo(second);
    }

    @Test
    void unitXlsxImportWithABadCheckCharacterIsRejected() throws Exception {
        String good = OrganisationFixtures.newCreditCode();
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        byte[] file = xlsx(List.of(OrganisationService.UNIT_IMPORT_COLUMNS,
                List.of(good, "表格单位甲", "", "部门"),
                List.of(bad, "表格单位乙", "", "部门")));

        ImportReport report = importUnits("units.xlsx", file);

        assertThat(report.errors())
                .containsExactly(new RowError(3, "统一社会信用代码", "统一社会信用代码校验位不正确，请核对"));
        assertThat(units.findByCreditCode(good)).isEmpty();
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("导入");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
