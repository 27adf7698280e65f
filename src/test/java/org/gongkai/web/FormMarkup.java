package org.gongkai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks of form markup that every page must pass: references point at elements that exist. */
public final class FormMarkup {

    private FormMarkup() {}

    public static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /**
     * Every {@code aria-describedby} and {@code label for} names an element on the page, every form control has a
     * label, every error-summary link targets a field (or, for a refusal of a whole form, that form), and
     * {@code aria-invalid} is only ever "true".
     */
    public static Document assertWellFormed(String html) {
        Document page = Jsoup.parse(html);
        for (Element e : page.select("[aria-describedby]")) {
            for (String id : e.attr("aria-describedby").trim().split("\\s+")) {
                assertThat(page.getElementById(id)).as("aria-describedby=%s of %s", id, e.cssSelector()).isNotNull();
            }
        }
        for (Element label : page.select("label[for]")) {
            assertThat(page.getElementById(label.attr("for"))).as("label for=%s", label.attr("for")).isNotNull();
        }
        for (Element link : page.select(".error-summary a[href^=#]")) {
            Element target = page.getElementById(link.attr("href").substring(1));
            assertThat(target).as("error summary link %s", link.attr("href")).isNotNull();
            assertThat(target.tagName()).isIn("input", "select", "textarea", "form");
        }
        assertThat(unlabelled(page)).as("form controls without a label").isEmpty();
        for (Element e : page.select("[aria-invalid]")) {
            assertThat(e.attr("aria-invalid")).isEqualTo("true");
        }
        return page;
    }

    /**
     * Form controls (inputs other than hidden and buttons, selects, textareas) that no label names: neither a
     * {@code <label for>} with their id, nor a label around them, nor {@code aria-label} or an
     * {@code aria-labelledby} that exists.
     */
    public static java.util.List<String> unlabelled(Document page) {
        java.util.Set<String> labelled = new java.util.HashSet<>(page.select("label[for]").eachAttr("for"));
        return page.select("input, select, textarea").stream()
                .filter(e -> !(e.tagName().equals("input")
                        && java.util.Set.of("hidden", "submit", "button", "reset", "image").contains(e.attr("type"))))
                .filter(e -> !(labelled.contains(e.id()) && !e.id().isEmpty()))
                .filter(e -> e.parents().stream().noneMatch(p -> p.tagName().equals("label")))
                .filter(e -> e.attr("aria-label").isBlank())
                .filter(e -> e.attr("aria-labelledby").isBlank()
                        || page.getElementById(e.attr("aria-labelledby").trim().split("\\s+")[0]) == null)
                .map(e -> e.tagName() + "[name=" + e.attr("name") + ", id=" + e.id() + "]")
                .toList();
    }

    /** Text inputs and textareas of the page's forms without a maxlength (hidden and file inputs excluded). */
    public static java.util.List<String> unbounded(Document page) {
        return page.select("form textarea:not([maxlength]), form input:not([maxlength])").stream()
                .filter(e -> !e.tagName().equals("input") || isText(e.attr("type")))
                .map(e -> e.attr("name"))
                .toList();
    }

    private static boolean isText(String type) {
        return type.isEmpty() || switch (type) {
            case "text", "search", "email", "tel", "url", "password" -> true;
            default -> false;
        };
    }
}
