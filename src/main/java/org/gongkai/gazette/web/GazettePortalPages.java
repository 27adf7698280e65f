package org.gongkai.gazette.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.gazette.Gazette;
import org.gongkai.gazette.GazetteFiles;
import org.gongkai.gazette.GazetteIssue;
import org.gongkai.web.AtomFeed;
import org.gongkai.web.SiteAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The gazette on the portal, free and without sign-in: the list of issues by year, each year's volume (合订本) with its
 * cumulative index, each issue's page (table of contents, an anchor per section and per document, the documents'
 * text and links to their catalogue pages), the files ({@code 3.pdf}, {@code 3.epub}, {@code volume.pdf}) and the
 * Atom feed of issues.
 */
@Controller
class GazettePortalPages {

    static final int FEED_ENTRIES = 50;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FILE = Pattern.compile("(\\d{1,3})(\\.pdf|\\.epub)?|volume\\.pdf");

    private final Gazette gazette;
    private final GazetteFiles files;
    private final SiteAddress site;
    private final GongkaiProperties properties;

    GazettePortalPages(Gazette gazette, GazetteFiles files, SiteAddress site, GongkaiProperties properties) {
        this.gazette = gazette;
        this.files = files;
        this.site = site;
        this.properties = properties;
    }

    @GetMapping("/gazette")
    String index(Model model) {
        List<Integer> years = gazette.publishedYears();
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("years", years);
        model.addAttribute("latest", gazette.latest(12));
        return "gazette/index";
    }

    @GetMapping("/gazette/{year}")
    String year(@PathVariable String year, Model model) {
        Gazette.Volume volume = gazette.volume(year(year));
        if (volume.issues().isEmpty()) {
            throw GongkaiException.notFound();
        }
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("volume", volume);
        model.addAttribute("sectionOrder", gazette.settings().sections());
        return "gazette/year";
    }

    @GetMapping("/gazette/{year}/{file}")
    Object file(@PathVariable String year, @PathVariable String file, Model model) {
        int y = year(year);
        Matcher m = FILE.matcher(file);
        if (!m.matches()) {
            throw GongkaiException.notFound();
        }
        if (m.group(1) == null) {
            if (gazette.published(y).isEmpty()) {
                throw GongkaiException.notFound();
            }
            return download(files.volumePdf(y), MediaType.APPLICATION_PDF, "gazette-" + y + "-volume.pdf",
                    gazette.settings().title() + y + "年合订本.pdf");
        }
        GazetteIssue issue = gazette.published(y, Integer.parseInt(m.group(1)))
                .orElseThrow(GongkaiException::notFound);
        String base = "gazette-" + issue.year() + "-" + issue.number();
        String human = gazette.settings().title() + issue.label();
        if (".pdf".equals(m.group(2))) {
            return download(files.pdf(issue), MediaType.APPLICATION_PDF, base + ".pdf", human + ".pdf");
        }
        if (".epub".equals(m.group(2))) {
            return download(files.epub(issue), MediaType.parseMediaType("application/epub+zip"), base + ".epub",
                    human + ".epub");
        }
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("issue", issue);
        model.addAttribute("sections", issue.sections(gazette.settings().sections()));
        return "gazette/issue";
    }

    @GetMapping("/gazette/feed")
    @ResponseBody
    ResponseEntity<String> feed(HttpServletRequest request) {
        List<AtomFeed.Entry> entries = gazette.latest(FEED_ENTRIES).stream().map(i -> new AtomFeed.Entry(
                gazette.settings().title() + " " + i.label(), i.path(), i.publishedAt(),
                "本期收录：" + String.join("；", i.entries().stream().map(GazetteIssue.Entry::title).toList()), "政府公报"))
                .toList();
        return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(AtomFeed.write(
                site.baseUrl() + request.getContextPath(), gazette.settings().title(), "/gazette/feed",
                properties.siteName(), entries));
    }

    private int year(String text) {
        if (!YEAR.matcher(text).matches()) {
            throw GongkaiException.notFound();
        }
        try {
            return gazette.checkedYear(Integer.parseInt(text));
        } catch (GongkaiException outOfRange) {
            throw GongkaiException.notFound();
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String ascii, String human) {
        String name = URLEncoder.encode(human, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + name)
                .body(body);
    }

}
