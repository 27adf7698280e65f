package org.gongkai.hotline.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineCommands;
import org.gongkai.hotline.HotlineSettings;
import org.gongkai.hotline.PublicTickets;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's public list of closed 12345 tickets with their replies (a setting, {@code gongkai.hotline.public-list};
 * like FixMyStreet's reports) and a published ticket by number. Only what {@link PublicTickets} publishes: no REPORT
 * or anonymous ticket, no caller's name or phone, personal numbers in the text masked. Plain links and a GET form:
 * works without JavaScript. When the setting is off both pages are 404.
 */
@Controller
class HotlinePublicPages {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = 500;

    private final PublicTickets tickets;
    private final HotlineSettings settings;

    HotlinePublicPages(PublicTickets tickets, HotlineSettings settings) {
        this.tickets = tickets;
        this.settings = settings;
    }

    @GetMapping("/hotline/public")
    String list(@RequestParam(required = false) String category, @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "1") int page, Model model) {
        requireEnabled();
        String c = category == null || category.isBlank() ? null : category.strip();
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        if (c != null && (!settings.knows(c) || "REPORT".equals(c))) {
            throw GongkaiException.invalid("category", "诉求类别不正确");
        }
        if (t != null && t.length() > HotlineCommands.TOPIC_MAX) {
            throw GongkaiException.invalid("topic", "事项标签过长");
        }
        if (page < 1 || page > MAX_PAGE) {
            throw GongkaiException.invalid("page", "页码应在 1 至 " + MAX_PAGE + " 之间");
        }
        PublicTickets.Filter filter = PublicTickets.Filter.closed(c, t);
        int total = tickets.count(filter);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("category", c);
        filters.put("topic", t);
        model.addAttribute("rows", tickets.search(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("category", c);
        model.addAttribute("topic", t);
        model.addAttribute("categories", settings.categories().entrySet().stream()
                .filter(e -> !"REPORT".equals(e.getKey())).map(e -> new FormFields.Option(e.getKey(), e.getValue()))
                .toList());
        model.addAttribute("topics", tickets.closedTopics().stream().map(x -> new FormFields.Option(x, x)).toList());
        model.addAttribute("previousHref", page > 1 ? href(filters, page - 1) : null);
        model.addAttribute("nextHref", page < pages ? href(filters, page + 1) : null);
        return "hotline/public-list";
    }

    @GetMapping("/hotline/public/{number}")
    String one(@PathVariable String number, Model model) {
        requireEnabled();
        model.addAttribute("ticket", tickets.find(number).orElseThrow(GongkaiException::notFound));
        return "hotline/public-ticket";
    }

    private void requireEnabled() {
        if (!tickets.listEnabled()) {
            throw GongkaiException.notFound();
        }
    }

    private static String href(Map<String, String> filters, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/hotline/public");
        filters.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.queryParam("page", page).encode().build().toUriString();
    }
}
