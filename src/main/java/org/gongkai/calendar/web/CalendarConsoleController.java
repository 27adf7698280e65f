package org.gongkai.calendar.web;

import java.io.IOException;
import org.gongkai.calendar.CalendarService;
import org.gongkai.calendar.CalendarYear;
import org.gongkai.calendar.OfficialDay;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's holiday data: years, their official days, corrections and imports. */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsoleController {

    private final CalendarService calendar;

    CalendarConsoleController(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The add-or-correct form as typed. */
    public static class DayForm {
        @jakarta.validation.constraints.NotBlank
        @jakarta.validation.constraints.Size(max = 10)
        private String date;
        @jakarta.validation.constraints.Size(max = 16)
        private String kind = "off";
        @jakarta.validation.constraints.Size(max = 50)
        private String name;

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    @GetMapping
    String years(Model model) {
        model.addAttribute("years", calendar.years());
        return "calendar/years";
    }

    /** Opens a year's page, also for a year not in the database yet (to add its days). */
    @GetMapping("/open")
    String open(@RequestParam(required = false) String year, Model model) {
        String text = year == null ? "" : year.trim();
        if (text.matches("\\d{4}") && Integer.parseInt(text) >= 1990 && Integer.parseInt(text) <= 2199) {
            return "redirect:/console/calendar/" + text;
        }
        model.addAttribute("errorField", "year");
        model.addAttribute("errorMessage", "请输入 1990 至 2199 之间的四位年份");
        model.addAttribute("typedYear", year);
        model.addAttribute("years", calendar.years());
        return "calendar/years";
    }

    @GetMapping("/{year:\\d{4}}")
    String year(@PathVariable int year, @RequestParam(required = false) String edit, Model model) {
        DayForm form = new DayForm();
        if (edit != null) {
            calendar.days(year).stream().filter(d -> d.date().toString().equals(edit)).findFirst().ifPresent(d -> {
                form.setDate(d.date().toString());
                form.setKind(d.offDay() ? "off" : "working");
                form.setName(d.name());
            });
        }
        return yearPage(year, form, model);
    }

    @PostMapping("/{year:\\d{4}}/days")
    String saveDay(@PathVariable int year, @jakarta.validation.Valid @ModelAttribute("form") DayForm form,
            org.springframework.validation.BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.getFieldError() != null) { // the first refused field, shown at the field as the service's are
            model.addAttribute("errorField", result.getFieldError().getField());
            model.addAttribute("errorMessage", result.getFieldError().getDefaultMessage());
            return yearPage(year, form, model);
        }
        try {
            OfficialDay saved = calendar.saveDay(year, form.getDate(), form.getKind(), form.getName());
            redirect.addFlashAttribute("message", "已保存 " + saved.date() + "（" + (saved.offDay() ? "放假" : "调休上班")
                    + "，" + saved.name() + "）");
            return "redirect:/console/calendar/" + year;
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            return yearPage(year, form, model);
        }
    }

    @PostMapping("/{year:\\d{4}}/days/{date}/delete")
    String deleteDay(@PathVariable int year, @PathVariable String date, RedirectAttributes redirect) {
        calendar.deleteDay(year, date);
        redirect.addFlashAttribute("message", "已删除 " + date);
        return "redirect:/console/calendar/" + year;
    }

    @PostMapping("/{year:\\d{4}}/status")
    String status(@PathVariable int year, @RequestParam String hasData, RedirectAttributes redirect) {
        boolean published = Boolean.parseBoolean(hasData);
        calendar.setHasData(year, published);
        redirect.addFlashAttribute("message", year + " 年已标记为" + (published ? "已公布" : "未公布（日期暂定）"));
        return "redirect:/console/calendar/" + year;
    }

    @PostMapping("/import")
    String importYear(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            byte[] content;
            try {
                content = file == null ? null : file.getBytes();
            } catch (IOException e) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "文件读取失败，请重新选择文件", "file");
            }
            CalendarYear year = calendar.importYear(content, file == null ? null : file.getOriginalFilename());
            redirect.addFlashAttribute("message", "已导入 " + year.year() + " 年，共 " + year.dayCount() + " 天");
            return "redirect:/console/calendar/" + year.year();
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("years", calendar.years());
            return "calendar/years";
        }
    }

    private String yearPage(int year, DayForm form, Model model) {
        model.addAttribute("year", calendar.year(year));
        model.addAttribute("days", calendar.days(year));
        model.addAttribute("form", form);
        return "calendar/year";
    }
}
