package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyHtmlTest {

    @Test
    void scriptEventHandlersAndJavascriptUrlsAreRemoved() {
        String clean = BodyHtml.sanitize("<p onclick=\"steal()\" style=\"color:red\">正文</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">坏链接</a><a href=\"https://www.gov.cn/\">好链接</a>"
                + "<img src=\"x\" onerror=\"alert(1)\"><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "javascript:", "iframe", "style=")
                .contains("<p>正文</p>", "href=\"https://www.gov.cn/\"", "坏链接");
    }

    @Test
    void tablesAndHeadingsSurvive() {
        String clean = BodyHtml.sanitize("<h2>一、总则</h2><table><caption>表</caption><tr><th scope=\"col\">项目</th></tr>"
                + "<tr><td>1</td></tr></table><ul><li>一</li></ul>");
        assertThat(clean).contains("<h2>", "<caption>表</caption>", "scope=\"col\"", "<li>一</li>");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertThat(BodyHtml.sanitize("第一段 a<b\n\n第二段")).isEqualTo("<p>第一段 a&lt;b</p>\n<p>第二段</p>");
    }

    @Test
    void tagDetectionAndParagraphsAgreeWithTheRegularExpressionsTheyReplace() {
        char[] alphabet = {'<', '>', ' ', '\t', '\n', '\r', '\u000B', 'a', 'Z', '!', '/', '&', '"', '甲', '\u3000', '\u00A0'};
        java.util.Random random = new java.util.Random(13);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertThat(BodyHtml.looksLikeHtml(text)).as(text)
                    .isEqualTo(text.matches("(?s).*<\\s*[a-zA-Z!/][^>]*>.*"));
            StringBuilder paragraphs = new StringBuilder();
            for (String line : text.split("\\r?\\n")) {
                if (!line.isBlank()) {
                    paragraphs.append("<p>").append(line.strip().replace("&", "&amp;").replace("<", "&lt;")
                            .replace(">", "&gt;").replace("\"", "&quot;")).append("</p>\n");
                }
            }
            assertThat(BodyHtml.paragraphs(text)).as(text).isEqualTo(paragraphs.toString());
        }
    }

    @Test
    void textHasOneLinePerBlock() {
        assertThat(BodyHtml.lines("<h2>标题</h2><p>甲</p><p>乙</p>")).containsExactly("标题", "甲", "乙");
    }

    @Test
    void diffMarksRemovedAndAddedLines() {
        var diff = LineDiff.diff(java.util.List.of("甲", "乙", "丙"), java.util.List.of("甲", "乙改", "丙"));
        assertThat(diff).extracting(LineDiff.Line::marker).containsExactly(" ", "−", "+", " ");
    }
}
