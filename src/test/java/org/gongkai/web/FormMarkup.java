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
     * Every {@code aria-describedby} and {@code label for} names an element on the page, every error-summary
     * link targets a field, {@code aria-invalid} is only ever "true", and every text control has a maxlength.
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
            assertThat(target.tagName()).isIn("input", "select", "textarea");
        }
        for (Element e : page.select("[aria-invalid]")) {
            assertThat(e.attr("aria-invalid")).isEqualTo("true");
        }
        return page;
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
