package org.gongkai.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of the import benchmark ({@link ImportBenchmark}): row {@code i} is always the same JSON line (seeded by
 * {@code i}). Bodies are 300–3,000 characters: a contiguous excerpt of a real law when the laws corpus of
 * {@code ../shared/data/corpus/laws} is there (read at run time, never copied into the repository), otherwise
 * sentences drawn from a small built-in vocabulary. Publishers are spread over the 103 units of the demo county,
 * document numbers (文号) are unique per publisher, every second row keeps its own 索引号 (the other gets one from
 * the unit's sequence), and one row in a hundred is a new version ({@code newVersionOf}) of a row 50 rows earlier
 * that reuses that row's 文号.
 */
final class ImportCorpus {

    record Unit(String code, String shortName) {}

    private record Law(String title, String text, LocalDate date) {}

    private static final String[] TITLE_FORMS = {"%s", "关于印发《%s》的通知", "关于贯彻落实《%s》的实施意见",
            "%s实施细则", "关于转发《%s》的通知", "关于做好《%s》宣传贯彻工作的通知"};
    private static final String[] VALIDITY = {"有效", "有效", "有效", "有效", "失效", "废止", "修订"};
    private static final String[] CATEGORIES = {"行政规范性文件", "规章", "规划计划和政策", "财政预算决算",
            "行政许可和其他服务", "其他主动公开信息"};
    private static final String[] WORDS = {"为进一步", "加强", "政务公开", "工作", "根据", "有关规定", "结合本县实际",
            "现就", "有关事项", "通知如下", "各乡镇人民政府", "县直各部门", "要", "高度重视", "认真组织", "落实",
            "城乡居民", "基本医疗保险", "住房公积金", "最低生活保障", "行政审批", "服务中心", "确保", "按时完成",
            "特此通知", "农村", "道路", "建设", "资金", "管理", "监督检查", "责任", "单位", "年度", "考核"};
    private static final LocalDate LATEST = LocalDate.of(2026, 6, 1); // before the TestClock's today (2026-06-15)

    private final List<Law> laws = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();
    private final List<String> genres = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String run;

    /** @param run a short marker unique to this run (in 文号 and 索引号, so runs on one database do not collide) */
    ImportCorpus(Optional<Path> lawsDir, String run) throws IOException {
        this.run = run;
        if (lawsDir.isPresent()) {
            for (String file : new String[] {"national.jsonl", "local.jsonl"}) {
                try (BufferedReader in = Files.newBufferedReader(lawsDir.get().resolve(file), StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        JsonNode n = json.readTree(line);
                        String text = n.path("text").asString("").replaceAll("(?m)^#+\\s*", "");
                        String date = n.path("date").asString("");
                        if (text.length() >= 300 && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                            laws.add(new Law(n.path("title").asString(), text, LocalDate.parse(date)));
                        }
                    }
                }
            }
        }
        try (BufferedReader in = resource("organisation/demo/units.csv")) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                units.add(new Unit(f[0], f[2].replaceAll("[^\\p{IsHan}]", "")));
            }
        }
        try (BufferedReader in = resource("catalogue/topics.txt")) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#") && line.contains(":")) {
                    String[] parts = line.split(":", 2);
                    for (String sub : parts[1].split(",")) {
                        topics.add(parts[0].strip() + "\\" + sub.strip());
                    }
                }
            }
        }
        try (BufferedReader in = resource("catalogue/genres.txt")) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    genres.add(line.strip());
                }
            }
        }
    }

    /** The laws corpus if it is where the workspace keeps it (or at {@code -Dcorpus=…}). */
    static Optional<Path> locateLaws() {
        for (String candidate : new String[] {System.getProperty("corpus"), "../shared/data/corpus/laws",
                "../../shared/data/corpus/laws", "/work/shared/data/corpus/laws"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "national.jsonl"))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    String source() {
        return laws.isEmpty() ? "built-in vocabulary" : laws.size() + " laws of ../shared/data/corpus/laws";
    }

    List<Unit> units() {
        return units;
    }

    /** Row {@code i} as one JSON line (with the trailing newline). */
    String line(int i) {
        Map<String, Object> row = row(i);
        return json.writeValueAsString(row) + "\n";
    }

    private Map<String, Object> row(int i) {
        Random r = new Random(i * 7919L + 17);
        Unit unit = units.get(r.nextInt(units.size()));
        int length = 300 + r.nextInt(2701);
        String title;
        String body;
        LocalDate written;
        if (laws.isEmpty()) {
            title = String.format(TITLE_FORMS[r.nextInt(TITLE_FORMS.length)], "示例县" + words(r, 8) + "办法");
            body = words(r, length);
            written = LocalDate.of(2005 + r.nextInt(21), 1 + r.nextInt(12), 1 + r.nextInt(28));
        } else {
            Law law = laws.get(r.nextInt(laws.size()));
            title = String.format(TITLE_FORMS[r.nextInt(TITLE_FORMS.length)], law.title());
            int start = law.text().length() <= length ? 0 : r.nextInt(law.text().length() - length);
            body = law.text().substring(start, Math.min(law.text().length(), start + length));
            written = law.date().plusDays(r.nextInt(400));
        }
        if (written.isAfter(LATEST)) {
            written = LATEST.minusDays(r.nextInt(900));
        }
        LocalDate published = written.plusDays(r.nextInt(25));
        if (published.isAfter(LATEST)) {
            published = LATEST;
        }
        String topic = topics.get(r.nextInt(topics.size()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", title.length() > 480 ? title.substring(0, 480) : title);
        row.put("publisherCode", unit.code());
        row.put("documentNumber", documentNumber(unit, written.getYear(), i));
        row.put("writtenOn", written.toString());
        row.put("publishedOn", published.toString());
        row.put("topic", topic);
        row.put("category", CATEGORIES[r.nextInt(CATEGORIES.length)]);
        row.put("genre", genres.get(r.nextInt(genres.size())));
        row.put("keywords", List.of(topic.split("\\\\")[1]));
        row.put("validity", VALIDITY[r.nextInt(VALIDITY.length)]);
        if (r.nextInt(3) == 0) {
            row.put("summary", body.substring(0, Math.min(120, body.length())));
        }
        row.put("body", body);
        if (i % 2 == 0) {
            row.put("indexNumber", indexNumber(unit, published.getYear(), i));
        }
        if (i % 100 == 50) {
            // a new version of row i - 50 (an even row, so it kept its own 索引号): same publisher and 文号
            Map<String, Object> older = row(i - 50);
            row.put("publisherCode", older.get("publisherCode"));
            row.put("documentNumber", older.get("documentNumber"));
            row.put("newVersionOf", older.get("indexNumber"));
        }
        return row;
    }

    private String documentNumber(Unit unit, int year, int i) {
        String prefix = unit.shortName().isEmpty() ? "示" : "示" + unit.shortName().substring(0,
                Math.min(2, unit.shortName().length()));
        return prefix + "发〔" + year + "〕" + run + "-" + (i + 1) + "号";
    }

    private String indexNumber(Unit unit, int year, int i) {
        return "BENCH-" + run + "-" + unit.code() + "/" + year + "-" + String.format("%06d", i);
    }

    private static String words(Random r, int chars) {
        StringBuilder out = new StringBuilder(chars + 8);
        while (out.length() < chars) {
            out.append(WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(6) == 0) {
                out.append(r.nextInt(10) == 0 ? "。\n" : "，");
            }
        }
        out.setLength(chars);
        return out.toString();
    }

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(
                ImportCorpus.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8));
    }
}
