package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.gongkai.BrowserTest;
import org.gongkai.TestActors.TestActor;
import org.gongkai.reports.ReportFixtures.TestUnit;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The published report on the portal: real tables with spans and headers, and no serious axe violations. */
class AnnualReportBrowserTest extends BrowserTest {

    @Autowired
    RequestService requests;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublishedReportIsAnAccessibleWebPage() {
        TestUnit unit = ReportFixtures.newDepartment(jdbc, "教体局", "示例县教育体育局");
        TestActor officer = ReportFixtures.officer(unit);
        String[][] people = {{"NATURAL_PERSON", "张三", "2021-03-01", "DISCLOSED"},
                {"NATURAL_PERSON", "李四", "2021-04-06", "PARTIALLY_DISCLOSED"},
                {"COMMERCIAL_ENTERPRISE", "示例科技有限公司", "2021-05-10", "WITHHELD_THIRD_PARTY_RIGHTS"},
                {"NATURAL_PERSON", "王五", "2021-08-02", "UNAVAILABLE_NOT_HELD"},
                {"LEGAL_SERVICE_ORGANISATION", "示例律师事务所", "2021-12-27", null}};
        String reviewed = null;
        for (String[] p : people) {
            boolean person = p[0].equals("NATURAL_PERSON");
            String tn = requests.register(officer, new ApplicationInput(p[0], p[1], person ? "11010519491231002X" : null,
                    person ? null : ReportFixtures.FINANCE, "13912345678", null, "示例县某路1号", unit.code(),
                    "学校建设资金", "PAPER", "POST"), Channel.LETTER, LocalDate.parse(p[2])).trackingNumber();
            if (p[3] != null) {
                LocalDate received = LocalDate.parse(p[2]);
                requests.decide(officer, tn, received.plusDays(10), DecisionCode.valueOf(p[3]), "依法答复");
                reviewed = tn;
            }
        }
        requests.recordReview(officer, reviewed, ReviewKind.RECONSIDERATION, LocalDate.parse("2021-09-01"),
                ReviewResult.UPHELD);
        reports.saveEntries(officer, unit.code(), 2021, "86", "214", "3", "12.5");
        ReportFixtures.writeNarrative(reports, officer, unit, 2021);
        reports.submit(officer, unit.code(), 2021);
        reports.approve(ReportFixtures.supervisor(jdbc), unit.code(), 2021);
        reports.publish(officer, unit.code(), 2021);

        open("/openness/annual-reports/" + unit.code());
        browser.findElement(By.linkText(unit.name() + "2021年政府信息公开工作年度报告")).click();
        waiting().until(d -> d.findElements(By.id("table3")).size() == 1);

        assertThat(find(By.tagName("h1")).getText()).isEqualTo(unit.name() + "2021年政府信息公开工作年度报告");
        assertThat(find(By.cssSelector("#table3 caption")).getText()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(find(By.id("t3-results")).getAttribute("rowspan")).isEqualTo("22");
        assertThat(find(By.cssSelector("#table3 td[headers~='t3-NEW_THIS_YEAR'][headers~='t3-c-TOTAL']")).getText())
                .isEqualTo("5");
        assertAccessible();
        browser.manage().window().setSize(new Dimension(1280, 3600));
        screenshot("annual-report");
    }
}
