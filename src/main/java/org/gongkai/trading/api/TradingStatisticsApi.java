package org.gongkai.trading.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.trading.stats.StatisticsWorkbook;
import org.gongkai.trading.stats.TradingStatistics;
import org.gongkai.trading.stats.TradingStatistics.Figures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public trading statistics (issue #14): by type ({@code GET /api/v1/trading/statistics}, as the issue writes
 * it), by month and by unit (sibling endpoints with the same figures per group), and all three as one XLSX workbook.
 */
@RestController
class TradingStatisticsApi {

    static final String PATH = "/api/v1/trading/statistics";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TradingStatistics statistics;

    TradingStatisticsApi(TradingStatistics statistics) {
        this.statistics = statistics;
    }

    record TypeJson(String type, long projects, long budgetFen, long dealFen, Long savingsFen, BigDecimal savingsRate,
            long reserveFen, Long addedRevenueFen) {

        static List<TypeJson> of(List<Figures> figures) {
            return figures.stream().map(f -> new TypeJson(f.type().name(), f.projects(), f.budgetFen(), f.dealFen(),
                    f.savingsFen(), f.savingsRate(), f.reserveFen(), f.addedRevenueFen())).toList();
        }
    }

    record StatisticsJson(LocalDate from, LocalDate to, List<TypeJson> types) {}

    /** Per type over projects with a deal day in the period, both ends included; every type listed. */
    @GetMapping(PATH)
    StatisticsJson statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TradingStatistics.Period p = statistics.period(from, to);
        return new StatisticsJson(p.from(), p.to(), TypeJson.of(statistics.byType(p)));
    }

    record MonthJson(String month, List<TypeJson> types) {}

    record MonthsJson(LocalDate from, LocalDate to, List<MonthJson> months) {}

    /** The same figures for every month of the period (at most ten years), empty months included. */
    @GetMapping(PATH + "/months")
    MonthsJson months(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TradingStatistics.Period p = statistics.breakdownPeriod(from, to);
        return new MonthsJson(p.from(), p.to(), statistics.byMonth(p).stream()
                .map(m -> new MonthJson(m.month().toString(), TypeJson.of(m.types()))).toList());
    }

    record UnitJson(String buyerCode, String name, List<TypeJson> types) {}

    record UnitsJson(LocalDate from, LocalDate to, List<UnitJson> units) {}

    /** The same figures per buyer (transferor), the largest deal sum first; the name when it is a county unit. */
    @GetMapping(PATH + "/units")
    UnitsJson units(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TradingStatistics.Period p = statistics.breakdownPeriod(from, to);
        return new UnitsJson(p.from(), p.to(), statistics.byUnit(p).stream()
                .map(u -> new UnitJson(u.buyerCode(), u.name(), TypeJson.of(u.types()))).toList());
    }

    /** The three breakdowns as one workbook (sheets 按类型, 按月份, 按单位). */
    @GetMapping(path = PATH + ".xlsx", produces = XLSX)
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        TradingStatistics.Period p = statistics.breakdownPeriod(from, to);
        byte[] body = StatisticsWorkbook.write(p, statistics.byType(p), statistics.byMonth(p), statistics.byUnit(p));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("公共资源交易统计-" + p.from() + "-" + p.to() + ".xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(XLSX)).body(body);
    }
}
