package org.gongkai.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.gongkai.GongkaiApplication;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClockConfiguration;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.reports.ReportService;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.RequestStatistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full export end to end (issue #13): data is exported through the API from this test's database (H2, or the shared
 * PostgreSQL in that tier), imported into a second, fresh instance (a new in-memory H2, another SM4 key), and the two
 * are compared — every document with its versions and attachments (bytes by digest), the request statistics of the
 * annual report per unit and in total, every stored annual report's tables and the computed ones of the requests'
 * unit, the organisation, and the applicants' data decrypted with the new key. Hostile archives are refused with their
 * codes before anything is written, and a second import into the now filled instance is refused.
 */
@IntegrationTest
class ArchiveRoundTripTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办 (demo county)
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FRESH_DB = "archive-" + UUID.randomUUID();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired UnitDirectory units;
    @Autowired RequestStatistics statistics;
    @Autowired ReportService reports;
    @Autowired List<ArchiveContribution> contributions;

    @TempDir static Path temp;
    static ConfigurableApplicationContext fresh;

    @AfterAll
    static void stopFresh() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @Test
    void exportImportedIntoAnEmptyInstanceGivesTheSameCatalogueStatisticsAndReports() throws Exception {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        String tn = seedRequests(office);
        long document = seedDocumentWithTwoVersionsAndAnAttachment(office);

        // what must come back, read from the source just before it exports (background jobs of other test contexts
        // sharing the PostgreSQL database may change it later)
        List<Object[]> reportKeys = new ArrayList<>(jdbc.sql("SELECT u.credit_code, r.report_year FROM reports_report r"
                + " JOIN org_unit u ON u.id = r.unit_id ORDER BY r.id").query().listOfRows().stream()
                .map(r -> new Object[] {r.get("credit_code"), ((Number) r.get("report_year")).intValue()}).toList());
        reportKeys.add(new Object[] {OFFICE, 2026});
        Snapshot expected = Snapshot.of(jdbc, statistics, reports, office, reportKeys);
        assertThat(expected.statistics().get("receivedIn(unit) 2026").toString()).contains("NATURAL_PERSON");
        assertThat(expected.rows().get(1)).isNotEmpty();

        // only the system administrator downloads the export
        mvc.perform(get("/api/v1/admin/archive")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/archive").with(TestActors.as(Role.REQUEST_OFFICER, office)))
                .andExpect(status().isForbidden());
        byte[] bytes = mvc.perform(get("/api/v1/admin/archive").with(TestActors.as(Role.SYSTEM_ADMIN, office)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Path archive = temp.resolve("export.zip");
        Files.write(archive, bytes);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ARCHIVE_EXPORTED' AND outcome = 'SUCCESS'")
                .query(Long.class).single()).isPositive();

        fresh = startFreshInstance();
        ArchiveImport importer = fresh.getBean(ArchiveImport.class);
        JdbcClient freshJdbc = fresh.getBean(JdbcClient.class);
        Path freshFiles = temp.resolve("fresh/files");

        // hostile archives: refused with their codes, nothing written
        refused(importer, rewrite(archive, "bad-checksum.zip", e -> e.equals("data/org_unit.jsonl") ? "tampered" : null,
                UnaryOperator.identity()), ErrorCode.ARCHIVE_CHECKSUM_MISMATCH);
        refused(importer, withExtraEntry(archive, "traversal.zip", "../../outside.jsonl", new byte[] {'{', '}'}),
                ErrorCode.ARCHIVE_BAD_ENTRY);
        refused(importer, withExtraEntry(archive, "bomb.zip", "data/bomb.jsonl", new byte[8 * 1024 * 1024]),
                ErrorCode.ARCHIVE_TOO_LARGE);
        refused(importer, rewrite(archive, "old-schema.zip", e -> null,
                m -> m.replaceFirst("\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"1\"")),
                ErrorCode.ARCHIVE_SCHEMA_MISMATCH);
        assertNothingWritten(freshJdbc, freshFiles);

        // the import as an operator runs it: the same (still empty) database and folder started with import-from
        fresh.close();
        fresh = startFreshInstance("--gongkai.archive.import-from=" + archive);
        importer = fresh.getBean(ArchiveImport.class);
        freshJdbc = fresh.getBean(JdbcClient.class);
        Map<String, Object> imported = freshJdbc.sql("SELECT object_id, detail FROM audit_record WHERE action ="
                + " 'ARCHIVE_IMPORTED' AND outcome = 'SUCCESS'").query().singleRow();
        assertThat(imported.get("object_id")).isEqualTo(sha256(bytes));
        long files = Long.parseLong(imported.get("detail").toString().replaceAll(".*行数据，(\\d+) 个文件.*", "$1"));
        assertThat(files).isPositive();

        // the same catalogue, request statistics and reports as the source had when it exported
        Snapshot theirs = Snapshot.of(freshJdbc, fresh.getBean(RequestStatistics.class), fresh.getBean(ReportService.class),
                office, expected.reports());
        assertThat(theirs.rows()).isEqualTo(expected.rows());
        assertThat(theirs.statistics()).isEqualTo(expected.statistics());
        assertThat(theirs.reportTables()).isEqualTo(expected.reportTables());
        assertThat(rows(freshJdbc, "SELECT version FROM catalogue_version WHERE document_id = " + document + " ORDER BY version"))
                .extracting(r -> r.get("version")).containsExactly(1L, 2L);
        assertThat(rows(freshJdbc, "SELECT name FROM catalogue_attachment WHERE document_id = " + document))
                .extracting(r -> r.get("name")).containsExactly("导出测试附件.docx");
        FieldCipher freshCipher = fresh.getBean(FieldCipher.class);
        // the stored contents (the index rebuild has since cached the attachment's text beside its bytes)
        assertThat(Files.walk(freshFiles).filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).count())
                .isEqualTo(files);

        // personal data: encrypted with the new key, readable, the access code still accepted
        String mineEnc = jdbc.sql("SELECT applicant_phone_enc FROM requests_request WHERE tracking_number = :tn")
                .param("tn", tn).query(String.class).single();
        String theirsEnc = freshJdbc.sql("SELECT applicant_phone_enc FROM requests_request WHERE tracking_number = :tn")
                .param("tn", tn).query(String.class).single();
        assertThat(theirsEnc).isNotEqualTo(mineEnc);
        assertThat(freshCipher.decrypt(theirsEnc)).isEqualTo("13912345678");
        String accessCode = fresh.getBean(FieldCipher.class).decrypt(freshJdbc.sql(
                "SELECT access_code_enc FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(String.class).single());
        assertThat(fresh.getBean(RequestService.class).status(tn, accessCode).trackingNumber()).isEqualTo(tn);

        // accounts without secrets: first passwords written for the administrator, to be changed
        List<Map<String, Object>> credentials = JSON.readValue(
                Files.readString(temp.resolve("fresh/import-credentials.json")), new TypeReference<>() {});
        assertThat(credentials).extracting(c -> c.get("username")).contains("sysadmin");
        assertThat(freshJdbc.sql("SELECT COUNT(*) FROM identity_account WHERE must_change_password = FALSE")
                .query(Long.class).single()).isZero();

        // the index was rebuilt from the imported catalogue: a published document is found over HTTP
        String title = jdbc.sql("SELECT title FROM catalogue_document WHERE title LIKE '%宅基地%' AND public_version"
                + " IS NOT NULL ORDER BY id LIMIT 1").query(String.class).single();
        String port = fresh.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/documents?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(title);

        // the instance is no longer empty: a second import is refused, nothing changes
        long documents = freshJdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Long.class).single();
        refused(importer, archive, ErrorCode.ARCHIVE_NOT_EMPTY);
        assertThat(freshJdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Long.class).single()).isEqualTo(documents);
        assertThat(freshJdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ARCHIVE_IMPORTED' AND outcome = 'REFUSED'")
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void theSystemAdministratorDownloadsTheExportFromTheConsoleAndNobodyElse() throws Exception {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        mvc.perform(get("/console/archive").with(TestActors.as(Role.SYSTEM_ADMIN, office))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/console/archive/export.zip")));
        for (Role role : List.of(Role.EDITOR, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            mvc.perform(get("/console/archive/export.zip").with(TestActors.as(role, office)))
                    .andExpect(status().isForbidden());
        }
        byte[] zip = mvc.perform(get("/console/archive/export.zip").with(TestActors.as(Role.SYSTEM_ADMIN, office)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = temp.resolve("console-export.zip");
        Files.write(file, zip);
        try (ZipFile read = new ZipFile(file.toFile())) {
            assertThat(read.getEntry("manifest.json")).isNotNull();
            assertThat(read.getEntry("data/catalogue_document.jsonl")).isNotNull();
        }
    }

    @Test
    void everyTableIsExportedCarriedForReferenceOrExcludedWithAReason() throws Exception {
        Set<String> decided = new TreeSet<>();
        contributions.forEach(c -> c.tables().stream().map(ArchiveTable::name).forEach(decided::add));
        Set<String> undecided = new TreeSet<>();
        try (Connection con = dataSource.getConnection()) {
            DatabaseMetaData meta = con.getMetaData();
            try (ResultSet rs = meta.getTables(null, con.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase();
                    if (!decided.contains(table) && !PlatformTables.known(table)) {
                        undecided.add(table);
                    }
                }
            }
        }
        assertThat(undecided).as("tables neither exported (an ArchiveContribution of the owning module) nor listed in"
                + " PlatformTables.EXCLUDED with a reason").isEmpty();
    }

    /** What the test compares between the source and the imported instance. */
    record Snapshot(List<List<Map<String, Object>>> rows, Map<String, Object> statistics,
            Map<String, Object> reportTables, List<Object[]> reports) {

        static final List<String> QUERIES = List.of(
                "SELECT id, unit_id, status, title, summary, document_number, written_on, published_on, topic, category,"
                        + " genre, keywords, validity, interprets_id, replaces_id, body, index_number, public_version"
                        + " FROM catalogue_document ORDER BY id",
                "SELECT document_id, version, title, summary, body, published_by FROM catalogue_version ORDER BY id",
                "SELECT a.document_id, a.name, a.size_bytes, a.removed, f.sha256 FROM catalogue_attachment a"
                        + " JOIN files_file f ON f.id = a.file_id ORDER BY a.id",
                "SELECT r.tracking_number, r.step, r.decision_code, r.received_on, r.due_on, r.decided_on,"
                        + " e.seq, e.event_type, e.on_date, e.deadline FROM requests_request r"
                        + " JOIN requests_event e ON e.request_id = r.id ORDER BY r.id, e.seq",
                "SELECT a.original_name, f.sha256, f.size_bytes FROM requests_attachment a JOIN files_file f"
                        + " ON f.id = a.file_id ORDER BY a.id",
                "SELECT id, credit_code, name, parent_id, region_id FROM org_unit ORDER BY id",
                "SELECT s.username, m.unit_id, r.role FROM org_staff s JOIN org_staff_role r ON r.staff_id = s.id"
                        + " JOIN org_membership m ON m.staff_id = s.id AND m.unit_id = r.unit_id ORDER BY s.id, r.role",
                "SELECT \"day\", off_day, name FROM calendar_day ORDER BY \"day\"");

        static Snapshot of(JdbcClient jdbc, RequestStatistics statistics, ReportService reports, long office,
                List<Object[]> reportKeys) {
            List<List<Map<String, Object>>> rows = QUERIES.stream().map(sql -> ArchiveRoundTripTest.rows(jdbc, sql)).toList();
            Map<String, Object> stats = new java.util.LinkedHashMap<>();
            for (int year : List.of(2025, 2026)) {
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                stats.put("receivedIn " + year, statistics.receivedIn(from, to));
                stats.put("decidedIn " + year, statistics.decidedIn(from, to));
                stats.put("openAt " + year, statistics.openAt(to));
                stats.put("reviewsFiledIn " + year, statistics.reviewsFiledIn(from, to));
                stats.put("receivedIn(unit) " + year, statistics.receivedIn(office, from, to));
                stats.put("decidedIn(unit) " + year, statistics.decidedIn(office, from, to));
                stats.put("openAt(unit) " + year, statistics.openAt(office, to));
                stats.put("timeliness(unit) " + year, statistics.timelinessIn(office, from, to));
                stats.put("fees(unit) " + year, statistics.feesPaidFen(office, from, to));
            }
            var admin = new TestActors.TestActor(-1, "archive-test", "archive-test",
                    Map.of(office, Set.of(Role.SYSTEM_ADMIN)));
            Map<String, Object> tables = new java.util.LinkedHashMap<>();
            for (Object[] key : reportKeys) {
                var view = reports.view(admin, (String) key[0], (Integer) key[1]);
                tables.put(key[0] + " " + key[1], List.of(view.tables(), view.status(), view.narrative()));
            }
            return new Snapshot(rows, stats, tables, reportKeys);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A document published, revised and published again (two versions), with a Word attachment; returns its id. */
    private long seedDocumentWithTwoVersionsAndAnAttachment(long office) throws Exception {
        var staff = TestActors.as(-9, "archive-editor", Map.of(office, Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
        String draft = """
                {"unitId": %d, "title": "关于完整导出测试的通知", "summary": "摘要", "documentNumber": null,
                 "writtenOn": "2026-06-01", "topic": "综合政务\\\\政务公开", "category": "行政规范性文件",
                 "genre": "通知", "keywords": ["完整导出"], "validity": "有效", "body": "<p>第一版正文。</p>"}"""
                .formatted(office);
        long id = ((Number) JSON.readValue(mvc.perform(post("/api/v1/staff/documents").with(staff)
                .contentType(MediaType.APPLICATION_JSON).content(draft)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), Map.class).get("id")).longValue();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            word.createParagraph().createRun().setText("完整导出测试附件：道路养护资金安排");
            word.write(docx);
        }
        mvc.perform(multipart("/console/catalogue/" + id + "/attachments").file(new MockMultipartFile("file",
                "导出测试附件.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.toByteArray())).with(staff).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()));
        for (String action : List.of("submit", "review", "sign-off", "publish", "revise", "submit", "review",
                "sign-off", "publish")) {
            mvc.perform(post("/api/v1/staff/documents/{id}/{action}", id, action).with(staff)).andExpect(status().isOk());
        }
        return id;
    }

    /** A decided request with an attachment and an open one, both with personal data; returns the decided one. */
    private String seedRequests(long office) throws Exception {
        var officer = TestActors.as(Role.REQUEST_OFFICER, office);
        String registration = """
                {"applicant": {"type": "NATURAL_PERSON", "name": "导出测试", "idNumber": "11010519491231002X",
                  "phone": "13912345678", "email": "archive@example.cn", "address": "示例县城关镇导出路1号"},
                 "unitCode": "%s", "description": "完整导出测试：2026年示例县道路养护资金", "deliveryForm": "ELECTRONIC",
                 "deliveryChannel": "EMAIL", "channel": "LETTER", "receivedOn": "2026-03-02"}""".formatted(OFFICE);
        String tn = (String) JSON.readValue(mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(registration)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), Map.class).get("trackingNumber");
        mvc.perform(multipart("/api/v1/staff/disclosure-requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "答复依据.pdf", "application/pdf",
                        ("%PDF-1.4\n% archive test " + tn + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                                .getBytes(StandardCharsets.UTF_8))).with(officer))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2026-03-20\", \"decisionCode\": \"DISCLOSED\", \"reasons\": \"予以公开\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer).contentType(MediaType.APPLICATION_JSON)
                .content(registration.replace("2026-03-02", "2026-05-11").replace("道路养护", "公共厕所")))
                .andExpect(status().isCreated());
        return tn;
    }

    /** A second instance: its own in-memory H2 (kept across restarts of this JVM), folder and SM4 key, no demo. */
    private ConfigurableApplicationContext startFreshInstance(String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:mem:" + FRESH_DB
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--gongkai.data-dir=" + temp.resolve("fresh"), "--gongkai.demo=false",
                "--gongkai.sm4-key=fedcba9876543210fedcba9876543210", "--server.port=0"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(GongkaiApplication.class, TestClockConfiguration.class).profiles("test")
                .run(args.toArray(String[]::new));
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(ArchiveCheck.sha256().digest(bytes));
    }

    private void assertNothingWritten(JdbcClient freshJdbc, Path files) throws IOException {
        for (ArchiveContribution c : fresh.getBeansOfType(ArchiveContribution.class).values()) {
            for (ArchiveTable t : c.tables()) {
                if (t.mode() == ArchiveTable.Mode.APPEND) {
                    assertThat(freshJdbc.sql("SELECT COUNT(*) FROM " + t.name()).query(Long.class).single())
                            .as(t.name()).isZero();
                }
            }
        }
        if (Files.exists(files)) {
            try (Stream<Path> all = Files.walk(files)) {
                assertThat(all.filter(Files::isRegularFile).toList()).isEmpty();
            }
        }
    }

    private static void refused(ArchiveImport importer, Path archive, ErrorCode code) {
        assertThatThrownBy(() -> importer.importFrom(archive)).isInstanceOfSatisfying(GongkaiException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

    static List<Map<String, Object>> rows(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query().listOfRows().stream().map(row -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k.toLowerCase(), v == null ? null : v instanceof Number n
                    ? (Object) n.longValue() : v.toString()));
            return copy;
        }).toList();
    }

    /** A copy of the archive with some entries' contents replaced (not their checksums) and the manifest edited. */
    static Path rewrite(Path archive, String name, java.util.function.Function<String, String> replace,
            UnaryOperator<String> manifest) throws IOException {
        Path out = temp.resolve(name);
        try (ZipFile in = new ZipFile(archive.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                String replaced = replace.apply(e.getName());
                if (replaced != null) {
                    content = replaced.getBytes(StandardCharsets.UTF_8);
                }
                if (e.getName().equals("manifest.json")) {
                    content = manifest.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out;
    }

    static Path withExtraEntry(Path archive, String name, String entry, byte[] content) throws IOException {
        Path out = temp.resolve(name);
        try (ZipFile in = new ZipFile(archive.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.getInputStream(e).readAllBytes());
                zip.closeEntry();
            }
        }
        return out;
    }

    static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
