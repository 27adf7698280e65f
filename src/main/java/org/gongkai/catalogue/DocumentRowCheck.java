package org.gongkai.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableRow;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;

/**
 * Checks one row of a catalogue import against the columns' rules, the file's earlier rows and the database
 * (publisher in the importer's units, unique index number, 文号 not used by the publisher unless {@code
 * newVersionOf} names the document it supersedes). Collects every problem with row and column. What the database
 * holds is asked through {@link Lookups}, which the import answers for a whole batch of rows at once
 * ({@link KnownDocuments}); the rows accepted earlier in the file count as held.
 */
final class DocumentRowCheck {

    /** A row that passed: what is written ({@code indexNumber} null until one is assigned). */
    record Candidate(UnitView unit, DocumentContent content, LocalDate publishedOn, String indexNumber) {

        Candidate withIndexNumber(String assigned) {
            return new Candidate(unit, content, publishedOn, assigned);
        }
    }

    /** What the check needs to know of the documents already held (in the database or accepted earlier). */
    interface Lookups {

        /** The publisher of the document holding this 索引号, if it is taken. */
        Optional<Long> unitOfIndexNumber(String indexNumber);

        /** The publisher's documents carrying this 文号, oldest first. */
        List<DocumentNumbers.Holder> holders(long unitId, String documentNumber);

        /** The public document holding this 索引号 (the policy an imported interpretation explains), if any. */
        Optional<Long> publicDocumentOfIndexNumber(String indexNumber);
    }

    static final List<String> REQUIRED = List.of("title", "publisherCode", "writtenOn", "publishedOn", "topic",
            "validity", "body");

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("uuuu/M/d"), strict("uuuu.M.d"), strict("uuuu年M月d日"), strict("uuuu-M-d"), strict("M/d/uu"));

    private final Lookups lookups;
    private final UnitDirectory units;
    private final Set<Long> allowedUnits;
    private final LocalDate today;
    private final ImportReport.Errors errors;
    private final Set<String> indexNumbersInFile = new HashSet<>();
    private final Map<String, Integer> documentNumbersInFile = new HashMap<>();
    private final Map<String, Optional<UnitView>> unitCache = new HashMap<>();

    DocumentRowCheck(Lookups lookups, UnitDirectory units, Set<Long> allowedUnits, LocalDate today,
            ImportReport.Errors errors) {
        this.lookups = lookups;
        this.units = units;
        this.allowedUnits = allowedUnits;
        this.today = today;
        this.errors = errors;
    }

    /** Checks the header of a CSV or XLSX file: known columns, required ones present. */
    boolean header(List<String> names) {
        boolean ok = true;
        for (String name : names) {
            if (!name.isEmpty() && !DocumentImporter.COLUMNS.contains(name)) {
                errors.add(1, name, "未知的列名“" + name + "”，可用列：" + String.join("、", DocumentImporter.COLUMNS));
                ok = false;
            }
        }
        for (String required : REQUIRED) {
            if (!names.contains(required)) {
                errors.add(1, required, "缺少必需的列“" + required + "”");
                ok = false;
            }
        }
        return ok;
    }

    /** The row's document, or empty when this row has a problem (reported). */
    Optional<Candidate> check(TableRow raw) {
        return check(raw, null);
    }

    /** As {@link #check(TableRow)}, with the row's body already sanitised (null: sanitised here). */
    Optional<Candidate> check(TableRow raw, String sanitizedBody) {
        int n = raw.number();
        int before = errors.count();
        String title = raw.text("title");
        if (title == null) {
            errors.add(n, "title", "缺少标题");
        } else if (title.length() > DocumentContent.TITLE_MAX) {
            errors.add(n, "title", "标题超过" + DocumentContent.TITLE_MAX + "字");
        }
        UnitView unit = publisher(raw);
        LocalDate writtenOn = date(raw, "writtenOn");
        LocalDate publishedOn = date(raw, "publishedOn");
        if (publishedOn != null && publishedOn.isAfter(today)) {
            errors.add(n, "publishedOn", "发布日期不能晚于今天");
        }
        String topic = raw.text("topic");
        if (topic == null) {
            errors.add(n, "topic", "缺少主题分类（一级\\二级）");
        } else if (!Topics.isValid(topic)) {
            errors.add(n, "topic", "主题分类“" + topic + "”不在国务院主题分类中，应为“一级\\二级”");
        }
        InformationCategory category = InformationCategory.A20_15_OTHER;
        String categoryText = raw.text("category");
        if (categoryText != null) {
            Optional<InformationCategory> c = InformationCategory.parse(categoryText);
            if (c.isEmpty()) {
                errors.add(n, "category", "信息类别“" + categoryText + "”不存在");
            } else {
                category = c.get();
            }
        }
        String genre = raw.text("genre");
        if (genre != null && !Genres.isValid(genre)) {
            errors.add(n, "genre", "体裁“" + genre + "”不在体裁列表中");
        }
        Validity validity = null;
        String validityText = raw.text("validity");
        if (validityText == null) {
            errors.add(n, "validity", "缺少有效性（有效、失效、废止或修订）");
        } else {
            validity = Validity.parse(validityText).orElse(null);
            if (validity == null) {
                errors.add(n, "validity", "有效性“" + validityText + "”应为有效、失效、废止或修订");
            }
        }
        String body = raw.text("body");
        if (body == null) {
            errors.add(n, "body", "缺少正文");
        }
        String documentNumber = documentNumber(raw, unit);
        String indexNumber = indexNumber(raw);
        Long interpretsId = interprets(raw);
        if (errors.count() > before || !errors.isEmpty()) {
            return Optional.empty(); // this row or an earlier one failed: nothing is written, every row is still checked
        }
        DocumentContent content = new DocumentContent(title, raw.text("summary"), documentNumber, writtenOn, topic,
                category, genre, keywords(raw.text("keywords")), DisclosureMode.PROACTIVE, validity, null, null,
                interpretsId, sanitizedBody != null ? sanitizedBody : BodyHtml.sanitize(body));
        return Optional.of(new Candidate(unit, content, publishedOn, indexNumber));
    }

    private UnitView publisher(TableRow raw) {
        String code = raw.text("publisherCode");
        if (code == null) {
            errors.add(raw.number(), "publisherCode", "缺少发布机构的统一社会信用代码");
            return null;
        }
        Optional<UnitView> found = unit(code);
        if (found.isEmpty()) {
            errors.add(raw.number(), "publisherCode", "没有统一社会信用代码为“" + code + "”的单位");
            return null;
        }
        if (allowedUnits != null && !allowedUnits.contains(found.get().id())) {
            errors.add(raw.number(), "publisherCode", "您不是“" + found.get().name() + "”的信息员，不能导入该单位的文件");
            return null;
        }
        return found.get();
    }

    private String documentNumber(TableRow raw, UnitView unit) {
        int n = raw.number();
        String number = raw.text("documentNumber");
        String newVersionOf = raw.text("newVersionOf");
        if (number != null && number.length() > 200) {
            errors.add(n, "documentNumber", "发文字号超过200字");
            return number;
        }
        if (newVersionOf != null) {
            Optional<Long> older = lookups.unitOfIndexNumber(newVersionOf);
            if (older.isEmpty() || unit == null || older.get() != unit.id()) {
                errors.add(n, "newVersionOf", "索引号为“" + newVersionOf + "”的本单位文件不存在");
            }
        }
        if (number == null || unit == null) {
            return number;
        }
        Integer earlier = documentNumbersInFile.putIfAbsent(unit.id() + "\n" + number, n);
        if (earlier != null && newVersionOf == null) {
            errors.add(n, "documentNumber", "发文字号“" + number + "”与第" + earlier + "行重复（同一发布机构）");
        } else {
            DocumentNumbers.problem(number, lookups.holders(unit.id(), number), newVersionOf)
                    .ifPresent(p -> errors.add(n, "documentNumber", p));
        }
        return number;
    }

    private String indexNumber(TableRow raw) {
        String indexNumber = raw.text("indexNumber");
        if (indexNumber != null) {
            if (indexNumber.length() > 100) {
                errors.add(raw.number(), "indexNumber", "索引号超过100个字符");
            } else if (!indexNumbersInFile.add(indexNumber)) {
                errors.add(raw.number(), "indexNumber", "索引号“" + indexNumber + "”在文件中重复");
            } else if (lookups.unitOfIndexNumber(indexNumber).isPresent()) {
                errors.add(raw.number(), "indexNumber", "索引号“" + indexNumber + "”已被使用，索引号不能重复");
            }
        }
        return indexNumber;
    }

    /** The optional {@code interprets} column: the 索引号 of the public policy this row interprets (政策解读). */
    private Long interprets(TableRow raw) {
        String policy = raw.text("interprets");
        if (policy == null) {
            return null;
        }
        if (policy.length() > 100) {
            errors.add(raw.number(), "interprets", "被解读文件的索引号超过100个字符");
            return null;
        }
        Optional<Long> id = lookups.publicDocumentOfIndexNumber(policy);
        if (id.isEmpty()) {
            errors.add(raw.number(), "interprets", "索引号为“" + policy + "”的被解读文件不存在或尚未公开（须先导入）");
            return null;
        }
        return id.get();
    }

    private static List<String> keywords(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;；,，、\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** The unit with this credit code (looked up once per import). */
    Optional<UnitView> unit(String creditCode) {
        return unitCache.computeIfAbsent(creditCode, units::findByCreditCode);
    }

    /** A date in one of the accepted forms, or null. */
    static LocalDate parseDate(String v) {
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }

    private LocalDate date(TableRow raw, String column) {
        String v = raw.text(column);
        if (v == null) {
            errors.add(raw.number(), column, "缺少日期（YYYY-MM-DD）");
            return null;
        }
        LocalDate parsed = parseDate(v);
        if (parsed == null) {
            errors.add(raw.number(), column, "日期“" + v + "”格式不正确，应为 YYYY-MM-DD");
        }
        return parsed;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
