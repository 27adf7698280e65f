package org.gongkai.supervision.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.BrowserTest;
import org.gongkai.ConsoleFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public evaluation in a real browser (issue #15): the list of units, a unit's form, a refusal shown at its field
 * and the thanks page pass axe; the form is plain HTML (it works without JavaScript).
 */
class EvaluationBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenEvaluatesAUnitOnAccessiblePages() {
        var unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "医保局");
        open("/evaluation");
        assertAccessible();
        clickAndWaitForPage(By.linkText(unit.name()));
        assertThat(currentPath()).isEqualTo("/evaluation/" + unit.code());
        assertAccessible();
        new Select(find(By.id("score-ATTITUDE"))).selectByValue("5");
        new Select(find(By.id("score-EFFICIENCY"))).selectByValue("4");
        new Select(find(By.id("score-OPENNESS"))).selectByValue("4");
        clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(find(By.id("score-CONDUCT")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(find(By.id("score-ATTITUDE"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("5");
        assertAccessible();
        new Select(find(By.id("score-CONDUCT"))).selectByValue("3");
        find(By.id("comment")).sendKeys("办事指南写得很清楚");
        clickAndWaitForPage(By.cssSelector("main form button[type=submit]"));
        assertThat(find(By.id("evaluated")).getText()).contains(unit.name());
        assertAccessible();
        assertThat(jdbc.sql("SELECT total FROM supervision_evaluation WHERE unit_id = ?").param(unit.id())
                .query(Integer.class).single()).isEqualTo(16);
    }
}
