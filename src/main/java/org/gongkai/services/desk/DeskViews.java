package org.gongkai.services.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemKind;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.gongkai.services.cases.CaseView;
import org.gongkai.services.cases.ServiceCases;
import org.gongkai.services.desk.CaseMaterials.Check;
import org.gongkai.services.desk.DeskCaseView.Document;
import org.gongkai.services.desk.DeskCaseView.Line;
import org.gongkai.services.desk.DeskCaseView.OpinionLine;
import org.gongkai.services.desk.DeskCases.CaseHeader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the console's case page ({@link DeskCaseView}) for a viewer in the case's scope (others: 404): the clock
 * explained in words from the ledger, the events in plain words, and the forms the viewer may use now. Asking to see
 * the applicant's data in full is audited ({@code SERVICE_CASE_PERSONAL_DATA_VIEWED}).
 */
@Component
public class DeskViews {

    private final DeskCases cases;
    private final CaseMaterials materials;
    private final Opinions opinions;
    private final ItemTermsLookup items;
    private final UnitDirectory units;
    private final ServiceCases serviceCases;
    private final WorkingDayCalendar calendar;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock time;

    DeskViews(DeskCases cases, CaseMaterials materials, Opinions opinions, ItemTermsLookup items, UnitDirectory units,
            ServiceCases serviceCases, WorkingDayCalendar calendar, FieldCipher cipher, AuditLog audit, JdbcClient jdbc,
            Clock time) {
        this.cases = cases;
        this.materials = materials;
        this.opinions = opinions;
        this.items = items;
        this.units = units;
        this.serviceCases = serviceCases;
        this.calendar = calendar;
        this.cipher = cipher;
        this.audit = audit;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The ledger entries of a case ({@code services_case_event}) in order. */
    public record LedgerEntry(String type, LocalDate on, String procedure, LocalDate until, String detail) {}

    /** The page for a viewer who may read the case (others: 404), the applicant in full when {@code reveal}. */
    @Transactional(readOnly = true)
    public DeskCaseView page(Actor actor, String caseNumber, boolean reveal) {
        CaseView view = serviceCases.view(actor, caseNumber);
        CaseHeader c = cases.find(view.caseNumber()).orElseThrow(GongkaiException::notFound);
        ItemTerms item = items.byId(c.itemId()).orElseThrow(GongkaiException::notFound);
        LocalDate today = LocalDate.now(time);
        Check check = materials.of(c.id(), item).orElse(null);
        List<OpinionLine> asked = opinions.ofCase(c.id()).stream()
                .map(o -> new OpinionLine(o, unitName(o.unitId()), o.overdue(today))).toList();
        boolean officer = cases.decides(actor, c);
        List<String> offered = DeskLifecycleForms.offered(view, check != null && !check.noticeDue(),
                cases.actionable(actor, c), officer);
        CaseLights.Light light = CaseLights.of(view.status(), view.light(), view.workingDaysLeft(), view.dueDate());
        return new DeskCaseView(view, c, item, unitName(c.unitId()), unitName(c.acceptingUnitId()),
                applicant(view, c, reveal), light, clock(view, c, ledger(c.id()), today, light),
                events(view, check, asked), check, asked, documents(c, check), offered);
    }

    @Transactional
    public void recordReveal(Actor actor, String caseNumber) {
        CaseHeader c = cases.require(actor, caseNumber);
        audit.success("SERVICE_CASE_PERSONAL_DATA_VIEWED", "ServiceCase", c.caseNumber(), "查看申请人完整信息");
    }

    List<LedgerEntry> ledger(long caseId) {
        return jdbc.sql("SELECT event_type, on_date, procedure, until_date, detail FROM services_case_event "
                        + "WHERE case_id = ? ORDER BY seq")
                .param(caseId)
                .query((rs, n) -> new LedgerEntry(rs.getString("event_type"), DeskCases.date(rs, "on_date"),
                        rs.getString("procedure"), DeskCases.date(rs, "until_date"), rs.getString("detail")))
                .list();
    }

    /** The clock in sentences: accepted on, the limit, each suspension and the days it excludes, due date, days left. */
    List<String> clock(CaseView view, CaseHeader c, List<LedgerEntry> ledger, LocalDate today,
            CaseLights.Light light) {
        List<String> out = new ArrayList<>();
        boolean calendarDays = ClockUnit.CALENDAR_DAYS.name().equals(c.clockUnit());
        String unit = calendarDays ? "个自然日" : "个工作日";
        if (c.acceptedOn() == null) {
            out.add("REFUSED".equals(c.status()) ? "已于 " + c.refusedOn() + " 决定不予受理，不计时。"
                    : "收件日期 " + c.receivedOn() + "，尚未受理。办理时限自受理之次日起计算。");
            return out;
        }
        if (ItemKind.IMMEDIATE.name().equals(c.kind())) {
            out.add("即办件：于 " + c.acceptedOn() + " 受理，应当日办结（办结期限 " + c.acceptedOn() + "）。");
        } else {
            out.add("于 " + c.acceptedOn() + " 受理，承诺办理时限 " + c.limitDays() + " " + unit + "，受理当日不计"
                    + (calendarDays ? "，每天都计算。" : "，周末和法定节假日不计，调休上班日计入。"));
        }
        LocalDate start = null;
        String procedure = null;
        for (LedgerEntry e : ledger) {
            if ("SUSPENDED".equals(e.type())) {
                start = e.on();
                procedure = DeskTexts.procedure(e.procedure());
            } else if ("RESUMED".equals(e.type()) && start != null) {
                long days = calendarDays ? ChronoUnit.DAYS.between(start, e.on())
                        : calendar.workingDaysBetween(start, e.on());
                out.add("特别程序（" + procedure + "）自 " + start + " 至 " + e.on() + "，不计入办理时限 " + days + " " + unit
                        + "（开始当日之后至结束当日）。");
                start = null;
            }
        }
        if (start != null) {
            out.add("特别程序（" + procedure + "）自 " + start + " 开始，尚未结束：计时暂停，结束后顺延办结期限。");
        }
        if (c.completedOn() != null) {
            out.add("于 " + c.completedOn() + " 办结；办结期限 " + view.dueDate() + "，"
                    + (view.overdue() ? "超期办结。" : "按时办结。"));
        } else if (view.dueDate() != null && start == null) {
            out.add("办结期限 " + view.dueDate() + (view.provisional() ? "（暂定）" : "") + "。今天 " + today + "，"
                    + (light == null ? "" : light.text()) + "。");
        }
        out.add("计算过程：" + view.clockExplanation());
        return out;
    }

    static List<Line> events(CaseView view, Check check, List<OpinionLine> asked) {
        List<Line> out = new ArrayList<>();
        for (CaseView.Line e : view.events()) {
            out.add(new Line(e.on(), e.type().label(), e.explanation()));
        }
        if (check != null) {
            out.add(new Line(check.checkedOn(), "材料核验", check.missing().isEmpty() ? "材料齐全"
                    : "缺少 " + check.missing().size() + " 项材料" + (check.noticeDue() ? "，已出具一次性告知书" : "")));
        }
        for (OpinionLine o : asked) {
            out.add(new Line(o.opinion().requestedOn(), "征求意见", "向" + o.unitName() + "征求意见，"
                    + o.opinion().dueOn() + " 前答复"));
            if (o.opinion().answered()) {
                out.add(new Line(o.opinion().answeredOn(), "意见答复", o.unitName() + "已答复"
                        + (o.overdue() ? "（超期答复）" : "")));
            }
        }
        out.sort(Comparator.comparing(Line::on, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    static List<Document> documents(CaseHeader c, Check check) {
        String base = DeskConsolePages.CASES + "/" + c.caseNumber() + "/documents/";
        List<Document> out = new ArrayList<>();
        out.add(new Document(c.acceptedOn() == null ? "收件凭证" : "受理通知书", base + "receipt.pdf"));
        if (check != null && !check.missing().isEmpty()) {
            out.add(new Document("一次性告知书", base + "notice.pdf"));
        }
        if ("REFUSED".equals(c.status())) {
            out.add(new Document("不予受理通知书", base + "refusal.pdf"));
        }
        return out;
    }

    /** The case module's masked applicant; in full (decrypted here) only right after the audited reveal. */
    private DeskCaseView.Applicant applicant(CaseView view, CaseHeader c, boolean reveal) {
        String type = view.applicantType().label();
        boolean masked = blank(view.applicantIdentity()) && blank(view.applicantPhone()) ? false : true;
        if (!reveal) {
            return new DeskCaseView.Applicant(type, view.applicantName(), nonNull(view.applicantIdentity()),
                    nonNull(view.applicantPhone()), false, masked || !view.applicantName().equals(c.applicantName()));
        }
        record Stored(String id, String phone) {}
        Stored s = jdbc.sql("SELECT applicant_id_enc, applicant_phone_enc FROM services_case WHERE id = ?")
                .param(c.id()).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2))).single();
        return new DeskCaseView.Applicant(type, c.applicantName(), s.id() == null ? "" : cipher.decrypt(s.id()),
                s.phone() == null ? "" : cipher.decrypt(s.phone()), true, false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    String unitName(long id) {
        return units.findById(id).map(UnitDirectory.UnitView::name).orElse("单位 " + id);
    }
}
