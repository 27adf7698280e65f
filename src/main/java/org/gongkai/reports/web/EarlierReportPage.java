package org.gongkai.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.reports.ReportChecks;
import org.gongkai.reports.ReportCommands;
import org.gongkai.reports.ReportService;
import org.gongkai.web.FormErrors;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Console: enter or import an earlier year's report (format 2019 or 2021) for the unit — the same JSON as
 * {@code POST /api/v1/annual-reports/{unitCode}/{year}}, pasted or uploaded. A report that does not add up is
 * refused with every failed check listed; what was typed is kept.
 */
@Controller
@RequestMapping("/console/reports/{unitCode}/earlier")
class EarlierReportPage {

    /** Largest JSON file accepted (a report is a few KB). */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    static final List<FormFields.Option> FORMATS = List.of(
            new FormFields.Option("2019", "2019 格式（试行，2019—2020 年度报告）"),
            new FormFields.Option("2021", "2021 格式（国办公开办函〔2021〕30号）"));
    static final String DATA_HINT = "形如 {\"table2\": {…}, \"table3\": {\"NEW_THIS_YEAR\": {\"NATURAL_PERSON\": 5, "
            + "\"TOTAL\": 5}, …}, \"table4\": {…}, \"overview\": \"…\", \"problems\": \"…\", \"otherMatters\": \"…\", "
            + "\"publishedOn\": \"2021-01-20\"}；也可在下方选择数据文件。";

    private final ReportService reports;
    private final CommandDispatcher dispatcher;
    private final JsonMapper json = JsonMapper.builder().build();

    EarlierReportPage(ReportService reports, CommandDispatcher dispatcher) {
        this.reports = reports;
        this.dispatcher = dispatcher;
    }

    /** The form as typed. */
    public static class EarlierForm {
        @jakarta.validation.constraints.Size(max = 4)
        private String format = "2021";
        @jakarta.validation.constraints.Size(max = 4)
        private String year;
        /** The report as JSON, pasted (a file may be up to 1 MB); the page shows the limit as maxlength. */
        @jakarta.validation.constraints.Size(max = 200_000)
        private String data;
        private MultipartFile file;

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getData() {
            return data;
        }

        public void setData(String data) {
            this.data = data;
        }

        public MultipartFile getFile() {
            return file;
        }

        public void setFile(MultipartFile file) {
            this.file = file;
        }
    }

    @GetMapping
    String form(@PathVariable String unitCode, Model model) {
        return page(reports.entryUnit(Actor.require(), unitCode), new EarlierForm(), List.of(), model);
    }

    @PostMapping
    String enter(@PathVariable String unitCode, @jakarta.validation.Valid @ModelAttribute("form") EarlierForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Actor actor = Actor.require();
        UnitView unit = reports.entryUnit(actor, unitCode);
        if (result.hasErrors()) {
            return page(unit, form, List.of(), model);
        }
        ReportService.EnteredReport entered = null;
        try {
            readFile(form);
            int year = year(form.getYear());
            entered = parse(form);
            dispatcher.dispatch(new ReportCommands.EnterEarlierReport(unit.creditCode(), year, entered));
            redirect.addFlashAttribute("notice", "已录入 " + year + " 年度报告（" + form.getFormat() + " 格式），已按当时公开的报告保存");
            return "redirect:/console/reports/" + unit.creditCode() + "/" + year;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            List<ReportChecks.Check> failed = List.of();
            if ("checks".equals(e.field()) && entered != null) {
                failed = reports.entryFailures(entered);
                result.reject(e.code().name(), "校验未通过，不能录入：共 " + failed.size() + " 项不符合，见下方列表。");
            } else {
                FormErrors.reject(result, field(e));
            }
            return page(unit, form, failed, model);
        }
    }

    private void readFile(EarlierForm form) {
        MultipartFile file = form.getFile();
        if (file == null || file.isEmpty()) {
            return;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw GongkaiException.invalid("file", "文件超过 1 MB，年度报告数据文件通常只有几 KB，请检查是否选错了文件");
        }
        try (InputStream in = file.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            form.setData(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw GongkaiException.invalid("file", "文件读取失败，请重新选择");
        }
    }

    private static int year(String text) {
        if (text == null || text.isBlank()) {
            throw GongkaiException.invalid("year", "请填写报告年度（四位年份）");
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid("year", "报告年度应为四位年份，如 2020");
        }
    }

    private ReportService.EnteredReport parse(EarlierForm form) {
        if (form.getData() == null || form.getData().isBlank()) {
            throw GongkaiException.invalid("data", "请粘贴年度报告数据（JSON），或选择数据文件");
        }
        ReportService.EnteredReport in;
        try {
            in = json.readValue(form.getData(), ReportService.EnteredReport.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw GongkaiException.invalid("data", "数据不是有效的 JSON"
                    + (at == null || at.getLineNr() < 1 ? "" : "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近）")
                    + "：请检查括号、引号、逗号，数量须为整数");
        }
        if (in == null) {
            throw GongkaiException.invalid("data", "请粘贴年度报告数据（JSON），或选择数据文件");
        }
        if (in.format() != null && !in.format().equals(form.getFormat())) {
            throw GongkaiException.invalid("format", "所选格式（" + form.getFormat() + "）与数据中的 format（" + in.format()
                    + "）不一致，请核对");
        }
        return new ReportService.EnteredReport(form.getFormat(), in.table2(), in.table3(), in.table4(), in.overview(),
                in.problems(), in.otherMatters(), in.publishedOn());
    }

    /** Refusals about the tables' content belong to the data field. */
    private static GongkaiException field(GongkaiException e) {
        String f = e.field();
        if (f != null && (f.startsWith("table") || f.equals("overview") || f.equals("problems")
                || f.equals("otherMatters") || f.equals("publishedOn"))) {
            return new GongkaiException(e.code(), e.getMessage(), "data");
        }
        return e;
    }

    private String page(UnitView unit, EarlierForm form, List<ReportChecks.Check> failed, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("failedChecks", failed);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("dataHint", DATA_HINT);
        return "reports/console-earlier";
    }
}
