package org.gongkai.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates N realistic documents from the laws corpus (read at benchmark time from
 * {@code ../shared/data/corpus/laws}): real titles, a contiguous excerpt of the real text as body (300–3,000
 * characters, like a county notice), real dates; publishers spread over the demo county's units; topics, genres
 * and categories from the catalogue's lists; synthetic document numbers. Deterministic (seeded).
 */
final class BenchmarkCorpus {

    record Law(String title, String text, LocalDate date) {}

    record Unit(String code, String name, String shortName) {}

    static final String[] TITLE_FORMS = {"%s", "关于印发《%s》的通知", "关于贯彻落实《%s》的实施意见", "%s实施细则",
            "关于%s执行情况的报告", "关于转发《%s》的通知", "关于做好《%s》宣传贯彻工作的通知"};
    static final String[] CATEGORIES = {"行政规范性文件", "规章", "其他文件", "规划信息", "财政预决算", "政策解读",
            "人事信息", "行政许可", "行政处罚"};
    static final String[] VALIDITY = {"有效", "有效", "有效", "有效", "失效", "废止", "修订"};
    static final String[] NUMBER_KINDS = {"发", "函", "办发", "字"};

    final List<Law> laws = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final List<String> topics = new ArrayList<>();
    final List<String> genres = new ArrayList<>();
    long corpusChars;

    static Path locate() {
        String configured = System.getProperty("corpus");
        for (String candidate : new String[] {configured, "../shared/data/corpus/laws", "../../shared/data/corpus/laws",
                "/work/shared/data/corpus/laws"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("laws corpus not found; pass -Dcorpus=/path/to/shared/data/corpus/laws");
    }

    BenchmarkCorpus(Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String file : new String[] {"national.jsonl", "local.jsonl"}) {
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode n = json.readTree(line);
                    String text = n.path("text").asString("").replaceAll("(?m)^#+\\s*", "");
                    String date = n.path("date").asString("");
                    if (text.length() < 300 || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        continue;
                    }
                    laws.add(new Law(n.path("title").asString(), text, LocalDate.parse(date)));
                    corpusChars += text.length();
                }
            }
        }
        try (BufferedReader in = resource("organisation/demo/units.csv")) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                units.add(new Unit(f[0], f[1], f[2]));
            }
        }
        try (BufferedReader in = resource("catalogue/topics.txt")) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || !line.contains(":")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                for (String sub : parts[1].split(",")) {
                    topics.add(parts[0].strip() + "\\" + sub.strip());
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

    private static BufferedReader resource(String name) {
        return new BufferedReader(new InputStreamReader(
                BenchmarkCorpus.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8));
    }

    /** Document {@code i} of the generated corpus (the same i always gives the same document). */
    IndexedDocument document(long i) {
        Random r = new Random(i * 7919 + 17);
        Law law = laws.get((int) (i % laws.size()));
        Unit unit = units.get(r.nextInt(units.size()));
        String title = String.format(TITLE_FORMS[r.nextInt(TITLE_FORMS.length)], law.title());
        int length = 300 + r.nextInt(2700);
        int start = law.text().length() <= length ? 0 : r.nextInt(law.text().length() - length);
        String body = law.text().substring(start, Math.min(law.text().length(), start + length));
        LocalDate written = law.date().plusDays(r.nextInt(400));
        if (written.isAfter(LocalDate.of(2026, 6, 30))) {
            written = LocalDate.of(2026, 6, 30).minusDays(r.nextInt(900));
        }
        LocalDate published = written.plusDays(r.nextInt(25));
        String number = documentNumber(unit, written.getYear(), i);
        String topic = topics.get(r.nextInt(topics.size()));
        return new IndexedDocument(i + 1, unit.code() + "/" + published.getYear() + "-" + String.format("%05d", i % 100000),
                title, r.nextInt(3) == 0 ? body.substring(0, Math.min(120, body.length())) : null, body, unit.code(),
                unit.name(), number, written, published, topic, CATEGORIES[r.nextInt(CATEGORIES.length)],
                genres.get(r.nextInt(genres.size())), List.of(topic.split("\\\\")[1]),
                VALIDITY[r.nextInt(VALIDITY.length)], "/openness/documents/" + (i + 1));
    }

    static String documentNumber(Unit unit, int year, long i) {
        String prefix = "示" + unit.shortName().replaceAll("[^\\p{IsHan}]", "").substring(0,
                Math.min(2, unit.shortName().replaceAll("[^\\p{IsHan}]", "").length()));
        return prefix + NUMBER_KINDS[(int) (i % NUMBER_KINDS.length)] + "〔" + year + "〕" + (i % 997 + 1) + "号";
    }
}
