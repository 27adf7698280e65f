package org.gongkai.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar's application service: loads the shipped holiday data on start-up, answers working-day
 * arithmetic from an in-memory snapshot, and lets the system administrator correct or import a year
 * (every change audited; the snapshot is refreshed after commit here, and within a minute on other
 * instances).
 */
@Service
public class CalendarService implements WorkingDayCalendar, SmartInitializingSingleton {

    static final String SHIPPED_SOURCE = "holiday-cn d4e53bf2（国务院办公厅通知，MIT）";
    private static final String SHIPPED = "classpath:calendar/holidays/*.json";
    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

    private final CalendarRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditLog auditLog;
    private volatile HolidaySnapshot snapshot = HolidaySnapshot.empty();
    private volatile String loadedVersion = "";

    CalendarService(CalendarRepository repository, PlatformTransactionManager transactionManager, Clock clock,
            AuditLog auditLog) {
        this.repository = repository;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.auditLog = auditLog;
    }

    // ---------------------------------------------------------------- arithmetic (WorkingDayCalendar)

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return snapshot.isWorkingDay(date);
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        return snapshot.addWorkingDays(from, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot.workingDaysBetween(from, to);
    }

    @Override
    public boolean hasData(int year) {
        return snapshot.hasData(year);
    }

    // ---------------------------------------------------------------- loading and refreshing

    @Override
    public void afterSingletonsInstantiated() {
        loadShippedYears();
        refresh();
    }

    /**
     * Loads each shipped year the database does not have yet (or has only as "no data" while the shipped
     * file now has the arrangement). Safe when two instances start together: the year row is the claim.
     */
    void loadShippedYears() {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list shipped holiday files", e);
        }
        for (Resource file : files) {
            HolidayFile notice;
            try {
                notice = HolidayFile.parse(file.getContentAsByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            try {
                Boolean loaded = tx.execute(status -> loadShipped(notice));
                if (Boolean.TRUE.equals(loaded)) {
                    log.info("Loaded official holiday data for {} ({} days)", notice.year(), notice.days().size());
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Holiday data for {} was loaded by another instance", notice.year());
            }
        }
    }

    private boolean loadShipped(HolidayFile notice) {
        boolean hasData = !notice.days().isEmpty();
        if (repository.yearExists(notice.year())) {
            if (!hasData || !repository.claimYearWithoutData(notice.year(), SHIPPED_SOURCE, clock.instant())) {
                return false;
            }
        } else {
            repository.insertYear(notice.year(), hasData, SHIPPED_SOURCE, clock.instant());
        }
        notice.days().forEach(repository::insertDayIfAbsent);
        auditLog.recordAs("system", "CALENDAR_YEAR_LOADED", "CalendarYear", Integer.toString(notice.year()),
                AuditLog.Outcome.SUCCESS, SHIPPED_SOURCE + "，共 " + notice.days().size() + " 天"
                        + (hasData ? "" : "（尚未公布）"));
        return true;
    }

    /** Rebuilds the snapshot from the database. */
    void refresh() {
        String version = repository.version();
        snapshot = new HolidaySnapshot(repository.allDays(), repository.yearsWithData());
        loadedVersion = version;
    }

    /** Picks up edits made on other instances. */
    @Scheduled(fixedDelayString = "${gongkai.calendar.refresh-interval:PT1M}",
            initialDelayString = "${gongkai.calendar.refresh-interval:PT1M}")
    void refreshIfChanged() {
        if (!repository.version().equals(loadedVersion)) {
            refresh();
        }
    }

    private void refreshAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        } else {
            refresh();
        }
    }

    // ---------------------------------------------------------------- administration (system admin)

    public List<CalendarYear> years() {
        return repository.years();
    }

    /** The year's record, or an empty placeholder for a year not in the database. */
    public CalendarYear year(int year) {
        return repository.year(checkYear(year)).orElse(new CalendarYear(year, false, "（尚无数据）", null, 0));
    }

    public List<OfficialDay> days(int noticeYear) {
        return repository.daysOfNotice(checkYear(noticeYear));
    }

    /**
     * Adds or corrects an official day of a notice year, from the form's text.
     *
     * @param kind "off" (放假) or "working" (调休上班)
     */
    public OfficialDay saveDay(int noticeYear, String date, String kind, String name) {
        checkYear(noticeYear);
        LocalDate day = parseDate(date, "date");
        if (Math.abs(day.getYear() - noticeYear) > 1) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE,
                    "日期应在 " + noticeYear + " 年的安排范围内（" + (noticeYear - 1) + " 至 " + (noticeYear + 1) + " 年）", "date");
        }
        boolean off;
        if ("off".equals(kind)) {
            off = true;
        } else if ("working".equals(kind)) {
            off = false;
        } else {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请选择放假或调休上班", "kind");
        }
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 50) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请填写节日名称（不超过 50 字），例如 国庆节", "name");
        }
        OfficialDay saved = new OfficialDay(day, off, label, noticeYear);
        return tx.execute(status -> {
            OfficialDay before = repository.findDay(day).orElse(null);
            if (!repository.yearExists(noticeYear)) {
                repository.insertYear(noticeYear, false, "管理员录入", clock.instant());
            }
            repository.saveDay(saved);
            repository.touchYear(noticeYear, clock.instant());
            auditLog.success(before == null ? "CALENDAR_DAY_ADDED" : "CALENDAR_DAY_CORRECTED", "CalendarDay", day,
                    describe(saved) + (before == null ? "" : "（原为 " + describe(before) + "）"));
            refreshAfterCommit();
            return saved;
        });
    }

    public void deleteDay(int noticeYear, String date) {
        LocalDate day = parseDate(date, "date");
        tx.executeWithoutResult(status -> {
            OfficialDay before = repository.findDay(day).orElseThrow(GongkaiException::notFound);
            repository.deleteDay(day);
            repository.touchYear(before.noticeYear(), clock.instant());
            auditLog.success("CALENDAR_DAY_DELETED", "CalendarDay", day, describe(before));
            refreshAfterCommit();
        });
    }

    /** Marks whether a year's official arrangement is complete (published) or not yet known. */
    public void setHasData(int year, boolean hasData) {
        checkYear(year);
        tx.executeWithoutResult(status -> {
            repository.upsertYear(year, hasData, hasData ? "管理员确认已公布" : "管理员标记为未公布", clock.instant());
            auditLog.success("CALENDAR_YEAR_STATUS_CHANGED", "CalendarYear", year,
                    hasData ? "标记为已公布" : "标记为未公布（日期暂定）");
            refreshAfterCommit();
        });
    }

    /** Imports (replaces) one notice year from a holiday-cn JSON file. */
    public CalendarYear importYear(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请选择要导入的 JSON 文件", HolidayFile.FIELD);
        }
        HolidayFile notice = HolidayFile.parse(content);
        String source = "导入文件 " + (fileName == null || fileName.isBlank() ? "（未命名）" : fileName);
        if (source.length() > 300) {
            source = source.substring(0, 300);
        }
        String recorded = source;
        tx.executeWithoutResult(status -> {
            repository.deleteNotice(notice.year(), notice.days());
            notice.days().forEach(repository::saveDay);
            repository.upsertYear(notice.year(), !notice.days().isEmpty(), recorded, clock.instant());
            auditLog.success("CALENDAR_YEAR_IMPORTED", "CalendarYear", notice.year(),
                    recorded + "，共 " + notice.days().size() + " 天");
            refreshAfterCommit();
        });
        return year(notice.year());
    }

    private static String describe(OfficialDay day) {
        return day.date() + " " + (day.offDay() ? "放假" : "调休上班") + " " + day.name();
    }

    private static int checkYear(int year) {
        if (year < 1990 || year > 2199) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "年份应在 1990 至 2199 之间", "year");
        }
        return year;
    }

    /** Parses a YYYY-MM-DD date typed by a user; a Chinese refusal at the field otherwise. */
    public static LocalDate parseDate(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "请填写日期，格式为 YYYY-MM-DD，例如 2025-10-01", field);
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 1900 || date.getYear() > 2199) {
                throw new GongkaiException(ErrorCode.INVALID_DATE, "日期超出支持范围（1900 至 2199 年）", field);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE,
                    "日期“" + text.trim() + "”格式不正确，应为 YYYY-MM-DD，例如 2025-10-01", field);
        }
    }
}
