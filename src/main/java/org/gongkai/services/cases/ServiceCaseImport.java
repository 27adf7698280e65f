package org.gongkai.services.cases;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.TableReader;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.CaseChannel;
import org.gongkai.services.ImportedRatings;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.RatingChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The historical import of service cases (issue #11): JSON lines, one past case per line, all lines or none. Each line
 * is replayed through the same aggregate and {@link ServiceClock} as a live case (received and accepted on
 * {@code acceptedOn}, then its suspensions, then its completion), so an imported case has the same columns and, when
 * still open, a due date from the same clock; its ratings go to the ratings module's writer ({@link ImportedRatings}), a batch at a time. Fast enough for a million
 * lines: the body is read twice from its spooled copy (first to count the cases of each day and reserve their
 * numbers at once, then to build and write them in batches), and every error is reported with its line.
 */
@Service
public class ServiceCaseImport {

    public static final int MAX_LINES = 1_000_000;
    static final int BATCH = 1_000;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final String IMPORTED = "历史台账导入";

    /** What a successful import returns, in input order (and what a retry with the same key gets back). */
    public record Imported(List<String> caseNumbers) {}

    /** Either the case numbers, or the report of what was refused (nothing written). */
    public record Outcome(Imported imported, ImportReport report) {}

    record EventJson(String type, LocalDate on) {}

    record RatingJson(Integer level, String channel, LocalDate on, LocalDate rectificationClosedOn) {}

    record LineJson(String itemCode, String channel, String unitCode, LocalDate acceptedOn, List<EventJson> events,
            LocalDate completedOn, List<RatingJson> ratings) {}

    private final ServiceCaseRepository repository;
    private final CaseNumbers numbers;
    private final ItemTermsLookup items;
    private final UnitDirectory units;
    private final ImportedRatings ratings;
    private final AuditLog audit;
    private final ServiceClock clock;
    private final Clock time;
    private final TransactionTemplate tx;
    private final JsonMapper json = JsonMapper.builder().build();

    ServiceCaseImport(ServiceCaseRepository repository, CaseNumbers numbers, ItemTermsLookup items,
            UnitDirectory units, ImportedRatings ratings, AuditLog audit, CaseActions actions, Clock time,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.numbers = numbers;
        this.items = items;
        this.units = units;
        this.ratings = ratings;
        this.audit = audit;
        this.clock = actions.clock;
        this.time = time;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Imports the lines {@code body} supplies (called twice: count, then write) for a service officer. */
    public Outcome run(Actor actor, Supplier<InputStream> body, IdempotencyKeys.Claim claim) {
        Set<Long> scope = units.visibleUnits(actor, Role.SERVICE_OFFICER);
        if (scope.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有政务服务人员可以导入历史办件");
        }
        return importFor(actor.username(), true, scope, body, claim);
    }

    /**
     * Imports for the units of {@code scope}, recorded as {@code by} — the same checks and writes as an officer's
     * import; used without a signed-in actor by the demo year ({@code "system"}).
     */
    public Outcome run(String by, Set<Long> scope, Supplier<InputStream> body, IdempotencyKeys.Claim claim) {
        return importFor(by, false, scope, body, claim);
    }

    private Outcome importFor(String by, boolean signedIn, Set<Long> scope, Supplier<InputStream> body,
            IdempotencyKeys.Claim claim) {
        Outcome outcome = tx.execute(status -> {
            Outcome o = write(by, body, scope);
            if (o.imported() == null) {
                status.setRollbackOnly();
            } else {
                claim.remember(o);
            }
            return o;
        });
        tx.executeWithoutResult(s -> {
            AuditLog.Outcome result = outcome.imported() != null ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILURE;
            ImportReport r = outcome.report();
            String detail = r == null ? "导入历史办件 " + outcome.imported().caseNumbers().size() + " 件"
                    : "导入失败：" + r.errors().size() + (r.moreErrors() ? "+" : "") + " 处错误，所有行均未写入";
            if (signedIn) {
                audit.record("SERVICE_CASES_IMPORTED", "ServiceCase", null, result, detail);
            } else {
                audit.recordAs(by, "SERVICE_CASES_IMPORTED", "ServiceCase", null, result, detail);
            }
        });
        return outcome;
    }

    private Outcome write(String by, Supplier<InputStream> body, Set<Long> scope) {
        ImportReport.Errors errors = new ImportReport.Errors();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        int[] read = {0};
        read(body, errors, (row, line) -> {
            read[0]++;
            if (line.acceptedOn() != null) {
                perDay.merge(line.acceptedOn(), 1, Integer::sum);
            }
        });
        if (read[0] == 0 && errors.isEmpty()) {
            errors.add(0, "file", "没有可导入的行");
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors.report(read[0], 0));
        }
        Map<LocalDate, ArrayDeque<String>> reserved = new HashMap<>();
        perDay.forEach((day, count) -> reserved.put(day, new ArrayDeque<>(numbers.reserve(day, count))));
        Batch batch = new Batch(by, scope, reserved, errors);
        read(body, errors, batch::add);
        batch.flush();
        if (!errors.isEmpty()) {
            return new Outcome(null, errors.report(read[0], 0));
        }
        return new Outcome(new Imported(List.copyOf(batch.caseNumbers)), null);
    }

    private interface LineSink {
        void line(int row, LineJson line);
    }

    private void read(Supplier<InputStream> body, ImportReport.Errors errors, LineSink sink) {
        try (InputStream in = body.get()) {
            TableReader.jsonLines(in, MAX_LINES, (row, text) -> {
                LineJson line;
                try {
                    line = json.readValue(text, LineJson.class);
                } catch (JacksonException e) {
                    errors.add(row, "", "不是有效的 JSON 对象，或日期格式不正确（应为 YYYY-MM-DD）");
                    return;
                }
                if (line == null) {
                    errors.add(row, "", "应为一个 JSON 对象");
                    return;
                }
                sink.line(row, line);
            });
        } catch (GongkaiException e) {
            errors.add(0, e.field() == null ? "file" : e.field(), e.getMessage());
        } catch (java.io.IOException e) {
            errors.add(0, "file", "文件无法读取");
        }
    }

    /** Builds the cases of one pass and writes them a batch at a time (nothing once an error was found). */
    private final class Batch {
        final String by;
        final Set<Long> scope;
        final Map<LocalDate, ArrayDeque<String>> reserved;
        final ImportReport.Errors errors;
        final List<String> caseNumbers = new ArrayList<>();
        final List<ServiceCase> cases = new ArrayList<>(BATCH);
        final List<String> hashes = new ArrayList<>(BATCH);
        final List<ImportedRatings.Rating> rated = new ArrayList<>();
        final Map<String, Optional<ItemTerms>> itemCache = new HashMap<>();
        final Map<String, Optional<UnitDirectory.UnitView>> unitCache = new HashMap<>();
        final LocalDate today = LocalDate.now(time);

        Batch(String by, Set<Long> scope, Map<LocalDate, ArrayDeque<String>> reserved, ImportReport.Errors errors) {
            this.by = by;
            this.scope = scope;
            this.reserved = reserved;
            this.errors = errors;
        }

        void add(int row, LineJson line) {
            try {
                ServiceCase c = build(line);
                List<ImportedRatings.Rating> list = ratings(c.caseNumber(), line.ratings());
                ratings.check(c.acceptedOn(), list);
                if (!errors.isEmpty()) {
                    return;
                }
                cases.add(c);
                hashes.add(numbers.queryCodeHash(c.caseNumber(), numbers.newQueryCode()));
                caseNumbers.add(c.caseNumber());
                rated.addAll(list);
                if (cases.size() >= BATCH) {
                    flush();
                }
            } catch (GongkaiException e) {
                errors.add(row, e.field() == null ? "" : e.field(), e.getMessage());
            }
        }

        void flush() {
            if (errors.isEmpty() && !cases.isEmpty()) {
                repository.insertImported(cases, hashes, by, time.instant());
                ratings.insert(rated);
            }
            cases.clear();
            hashes.clear();
            rated.clear();
        }

        private ServiceCase build(LineJson l) {
            ItemTerms item = itemCache.computeIfAbsent(l.itemCode() == null ? "" : l.itemCode().strip(), items::byCode)
                    .orElseThrow(() -> GongkaiException.invalid("itemCode", "未找到该事项，或事项尚未发布：" + l.itemCode()));
            if (item.promisedUnit() == ClockUnit.WORKING_HOURS) {
                throw GongkaiException.invalid("itemCode", "该事项的承诺时限单位不正确");
            }
            CaseChannel channel = ServiceIntake.parse(CaseChannel.class, l.channel());
            if (channel == null) {
                throw GongkaiException.invalid("channel", "收件渠道应为 WINDOW、ONLINE 或 AGENT");
            }
            UnitDirectory.UnitView unit = unitCache.computeIfAbsent(l.unitCode() == null ? "" : l.unitCode().strip(),
                    units::findByCreditCode)
                    .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位：" + l.unitCode()));
            if (!scope.contains(unit.id())) {
                throw GongkaiException.invalid("unitCode", "无权导入该单位的办件：" + unit.name());
            }
            LocalDate accepted = l.acceptedOn();
            if (accepted == null) {
                throw GongkaiException.invalid("acceptedOn", "请填写受理日期");
            }
            if (accepted.isBefore(EARLIEST)) {
                throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "受理日期不能早于 " + EARLIEST, "acceptedOn");
            }
            if (accepted.isAfter(today)) {
                throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "受理日期不能晚于今天", "acceptedOn");
            }
            String number = reserved.get(accepted).poll();
            ServiceCase c = ServiceCase.received(number, item.id(), item.code(), item.unitId(), unit.id(), null, channel,
                    null, new Applicant(ApplicantType.PERSON, IMPORTED, null, null, null),
                    new ClockTerms(item.kind(), item.promisedUnit(), item.promisedDays()), accepted, true, time.instant());
            c.accept(accepted, clock, today);
            for (EventJson e : l.events() == null ? List.<EventJson>of() : l.events()) {
                if (e == null || e.on() == null) {
                    throw GongkaiException.invalid("events", "事项缺少日期");
                }
                switch (e.type() == null ? "" : e.type().strip()) {
                    case "SUSPENDED" -> c.suspend(null, e.on(), null, clock, today);
                    case "RESUMED" -> c.resume(e.on(), clock, today);
                    default -> throw GongkaiException.invalid("events", "事项类型应为 SUSPENDED 或 RESUMED：" + e.type());
                }
            }
            if (l.completedOn() != null) {
                c.complete(l.completedOn(), IMPORTED, null, clock, today);
            }
            return c;
        }

        /** The line's ratings, typed (their dates and levels are checked by the ratings module). */
        private List<ImportedRatings.Rating> ratings(String caseNumber, List<RatingJson> list) {
            List<ImportedRatings.Rating> out = new ArrayList<>();
            for (RatingJson r : list == null ? List.<RatingJson>of() : list) {
                if (r == null || r.level() == null) {
                    throw GongkaiException.invalid("ratings", "评价等级应为 1 至 5");
                }
                RatingChannel channel = ServiceIntake.parse(RatingChannel.class, r.channel());
                if (channel == null) {
                    throw GongkaiException.invalid("ratings", "评价渠道应为 WINDOW、ONLINE、SMS 或 AGENT");
                }
                out.add(new ImportedRatings.Rating(caseNumber, r.level(), channel, r.on(), r.rectificationClosedOn()));
            }
            return out;
        }
    }
}
