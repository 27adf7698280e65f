package org.gongkai.gazette;

import static org.gongkai.common.CjkPdf.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gongkai.common.DocumentFonts;
import org.springframework.stereotype.Component;

/**
 * The printed gazette: an issue (cover, table of contents with page numbers, each document with its 文号, text,
 * publisher and 索引号) or a year's volume (合订本: its issues, then the cumulative index) as HTML in print layout,
 * rendered to PDF by the project's CJK PDF writer ({@link DocumentFonts}, decision 012): A4, the documents' text in
 * two columns when {@code gongkai.gazette.two-columns}, titles in the title font, page numbers "— 1 —".
 */
@Component
class GazettePrint {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentFonts fonts;
    private final GazetteSettings settings;

    GazettePrint(DocumentFonts fonts, GazetteSettings settings) {
        this.fonts = fonts;
        this.settings = settings;
    }

    byte[] issuePdf(GazetteIssue issue) {
        return fonts.pdf(page(issue.label(), cover(issue) + contents(List.of(issue)) + body(issue)));
    }

    byte[] volumePdf(Gazette.Volume volume) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"cover\"><p class=\"masthead\">").append(escape(settings.title()))
                .append("</p><p class=\"issue\">").append(volume.year()).append("年合订本</p><p class=\"meta\">共 ")
                .append(volume.issues().size()).append(" 期</p></section>");
        html.append(contents(volume.issues()));
        volume.issues().forEach(i -> html.append(body(i)));
        html.append("<section class=\"index\"><h1>累计索引（按标题）</h1><ul>");
        volume.byTitle().forEach(l -> html.append("<li>").append(escape(l.title())).append(" …… ")
                .append(escape(l.issueLabel())).append("</li>"));
        html.append("</ul><h1>累计索引（按发文单位）</h1>");
        volume.byUnit().forEach((unit, lines) -> {
            html.append("<h2>").append(escape(unit)).append("</h2><ul>");
            lines.forEach(l -> html.append("<li>").append(escape(l.title())).append(" …… ")
                    .append(escape(l.issueLabel())).append("</li>"));
            html.append("</ul>");
        });
        html.append("<h1>累计索引（按文号）</h1><ul>");
        volume.byNumber().forEach(l -> html.append("<li>").append(escape(l.documentNumber())).append("　")
                .append(escape(l.title())).append(" …… ").append(escape(l.issueLabel())).append("</li>"));
        html.append("</ul></section>");
        return fonts.pdf(page(volume.year() + "年合订本", html.toString()));
    }

    private String page(String title, String content) {
        String body = "'" + fonts.bodyFamily() + "', '" + fonts.fontFamily() + "'";
        String head = "'" + fonts.titleFamily() + "', '" + fonts.fontFamily() + "'";
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>" + escape(settings.title())
                + " " + escape(title) + "</title><style>"
                + "@page { size: A4; margin: 25mm 20mm 25mm 20mm;"
                + " @bottom-center { content: '— ' counter(page) ' —'; font-family: " + body + "; font-size: 10.5pt; } }"
                + "@page :first { @bottom-center { content: none; } }"
                + "body { font-family: " + body + "; font-size: 10.5pt; line-height: 1.6; }"
                + ".cover { text-align: center; page-break-after: always; padding-top: 60mm; }"
                + ".masthead { font-family: " + head + "; font-size: 36pt; color: #b00000; margin: 0 0 12mm 0; }"
                + ".issue { font-size: 18pt; margin: 0 0 6mm 0; } .meta { font-size: 12pt; margin: 2mm 0; }"
                + ".toc { page-break-after: always; } .toc h1, .index h1 { font-family: " + head
                + "; font-size: 18pt; text-align: center; }"
                + ".toc h2 { font-family: " + head + "; font-size: 13pt; margin: 5mm 0 2mm 0; }"
                + ".toc ol { list-style: none; padding: 0; margin: 0; } .toc li { margin: 1mm 0; }"
                + ".toc a { color: #000; text-decoration: none; }"
                + ".toc a::after { content: leader('.') target-counter(attr(href), page); }"
                + ".section-title { font-family: " + head + "; font-size: 16pt; text-align: center;"
                + " border-bottom: 1pt solid #b00000; padding-bottom: 2mm; }"
                + ".doc { page-break-before: always; } .doc h3 { font-family: " + head
                + "; font-size: 15pt; text-align: center; margin: 4mm 0 2mm 0; }"
                + ".number { text-align: center; margin: 0 0 4mm 0; }"
                + ".text { " + (settings.twoColumns() ? "column-count: 2; column-gap: 8mm; " : "") + "}"
                + ".text p { text-indent: 2em; margin: 0 0 1mm 0; text-align: justify; }"
                + ".sign { text-align: right; margin-top: 4mm; } .index-number { font-size: 9pt; color: #333; }"
                + ".index ul { list-style: none; padding: 0; } .index h2 { font-size: 12pt; }"
                + "</style></head><body>" + content + "</body></html>";
    }

    private String cover(GazetteIssue issue) {
        return "<section class=\"cover\"><p class=\"masthead\">" + escape(settings.title()) + "</p><p class=\"issue\">"
                + escape(issue.label()) + "</p><p class=\"meta\">" + escape(officeLine()) + "</p><p class=\"meta\">"
                + (issue.publishedOn() == null ? "（未出版）" : issue.publishedOn().format(DAY) + "出版") + "</p></section>";
    }

    private String officeLine() {
        return "主办：" + settings.title().replace("公报", "") + "　编辑：" + settings.title() + "编辑部";
    }

    private String contents(List<GazetteIssue> list) {
        StringBuilder html = new StringBuilder("<section class=\"toc\"><h1>目录</h1>");
        for (GazetteIssue issue : list) {
            if (list.size() > 1) {
                html.append("<h2>").append(escape(issue.label())).append("</h2>");
            }
            for (GazetteIssue.Section s : issue.sections(settings.sections())) {
                html.append("<h2>").append(escape(s.name())).append("</h2><ol>");
                for (GazetteIssue.Entry e : s.entries()) {
                    html.append("<li><a href=\"#").append(anchor(issue, e)).append("\">").append(escape(e.title()));
                    if (e.documentNumber() != null && !e.documentNumber().isBlank()) {
                        html.append("（").append(escape(e.documentNumber())).append("）");
                    }
                    html.append("</a></li>");
                }
                html.append("</ol>");
            }
        }
        return html.append("</section>").toString();
    }

    private String body(GazetteIssue issue) {
        StringBuilder html = new StringBuilder();
        for (GazetteIssue.Section s : issue.sections(settings.sections())) {
            boolean first = true;
            for (GazetteIssue.Entry e : s.entries()) {
                html.append("<article class=\"doc\" id=\"").append(anchor(issue, e)).append("\">");
                if (first) {
                    html.append("<p class=\"section-title\">").append(escape(s.name())).append("</p>");
                    first = false;
                }
                html.append("<h3>").append(escape(e.title())).append("</h3>");
                if (e.documentNumber() != null && !e.documentNumber().isBlank()) {
                    html.append("<p class=\"number\">").append(escape(e.documentNumber())).append("</p>");
                }
                html.append("<div class=\"text\">");
                e.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
                html.append("</div><p class=\"sign\">").append(escape(e.publisherName()));
                if (e.writtenOn() != null) {
                    html.append("<br/>").append(e.writtenOn().format(DAY));
                }
                html.append("</p><p class=\"index-number\">索引号：").append(escape(e.indexNumber())).append("</p></article>");
            }
        }
        return html.toString();
    }

    private static String anchor(GazetteIssue issue, GazetteIssue.Entry e) {
        return "i" + issue.year() + "-" + issue.number() + "-" + e.anchor();
    }
}
