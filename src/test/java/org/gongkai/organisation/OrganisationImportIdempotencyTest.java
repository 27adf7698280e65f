package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Unit and staff imports from the console take the form's idempotency key: a resubmitted form gets the first
 * report instead of a second import (which would refuse every row as already existing); another file with the
 * same key is refused.
 */
@IntegrationTest
class OrganisationImportIdempotencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;

    long government() {
        return units.findAll().stream().filter(u -> u.name().equals("示例县人民政府")).findFirst().orElseThrow().id();
    }

    MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "units.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resubmittedUnitImportReturnsTheFirstReportAndAnotherFileWithTheKeyIsRefused() throws Exception {
        String code = OrganisationFixtures.newCreditCode();
        String name = OrganisationFixtures.unique("幂等单位");
        String file = String.join(",", OrganisationService.UNIT_IMPORT_COLUMNS) + "\n" + code + "," + name + ",,部门,,,,,,,\n";
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(multipart("/console/organisation/import/units").file(csv(file)).param("idempotencyKey", key)
                            .with(csrf()).with(as(Role.SYSTEM_ADMIN, government())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("导入成功：共写入 1 行")));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE credit_code = ?").param(code).query(Long.class)
                .single()).isEqualTo(1);

        mvc.perform(multipart("/console/organisation/import/units").file(csv(file.replace(name, name + "乙")))
                        .param("idempotencyKey", key).with(csrf()).with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("幂等键")));

        // without the key, the same file again is refused row by row (the unit exists): nothing written twice
        mvc.perform(multipart("/console/organisation/import/units").file(csv(file))
                        .with(csrf()).with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(content().string(containsString("该统一社会信用代码的单位已存在")));
    }

    @Test
    void resubmittedStaffImportWritesOnce() throws Exception {
        String username = "idem" + UUID.randomUUID().toString().substring(0, 8);
        String file = String.join(",", OrganisationService.STAFF_IMPORT_COLUMNS) + "\n" + username + ",幂等人员,,"
                + units.findById(government()).orElseThrow().creditCode() + "\n";
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(multipart("/console/organisation/import/staff").file(new MockMultipartFile("file", "staff.csv",
                            "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("idempotencyKey", key)
                            .with(csrf()).with(as(Role.SYSTEM_ADMIN, government())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("导入成功：共写入 1 行")));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_staff WHERE username = ?").param(username).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void xlsxTemplatesHaveTheHeaderAndAnExplanationSheetAndThePageCarriesAKey() throws Exception {
        byte[] xlsx = mvc.perform(get("/console/organisation/import/template/units.xlsx")
                        .with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(wb.getSheet("说明").getPhysicalNumberOfRows())
                    .isEqualTo(OrganisationService.UNIT_IMPORT_COLUMNS.size() + 1);
        }
        mvc.perform(get("/console/organisation/import").with(as(Role.SYSTEM_ADMIN, government())))
                .andExpect(content().string(containsString("name=\"idempotencyKey\"")));
    }
}
