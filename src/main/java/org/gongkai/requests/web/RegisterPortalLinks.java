package org.gongkai.requests.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.requests.RequestRegister;
import org.gongkai.web.PortalHomeContribution;
import org.gongkai.web.SitemapContribution;
import org.springframework.stereotype.Component;

/**
 * Where the portal links the register (#10): a block on the home page with the newest answered requests and a link
 * to the register (one click from home), and the register, its statistics and every entry in the sitemap.
 */
@Component
class RegisterPortalLinks implements PortalHomeContribution, SitemapContribution {

    static final int HOME_ENTRIES = 5;
    /** The sitemap protocol allows 50,000 addresses per file; the register keeps well under it. */
    static final int SITEMAP_ENTRIES = 20_000;

    private final RequestRegister register;

    RegisterPortalLinks(RequestRegister register) {
        this.register = register;
    }

    @Override
    public List<Block> blocks() {
        List<Link> links = register.newest(HOME_ENTRIES).stream()
                .map(e -> new Link(e.excerpt().length() > 40 ? e.excerpt().substring(0, 40) + "…" : e.excerpt(),
                        "/requests/register/" + e.id(), e.decidedOn() + " " + shortLabel(e.decision().group())))
                .toList();
        return List.of(new Block("register", "依申请公开登记", 300, links, "暂无已公开的申请登记。",
                "/requests/register", "查看全部依申请公开登记"));
    }

    /** The group's name without its counting note: 部分公开, not （二）部分公开（区分处理的，…）. */
    static String shortLabel(org.gongkai.requests.DecisionCode.Group group) {
        return switch (group) {
            case DISCLOSED -> "予以公开";
            case PARTIALLY_DISCLOSED -> "部分公开";
            case WITHHELD -> "不予公开";
            case UNAVAILABLE -> "无法提供";
            case NOT_HANDLED -> "不予处理";
            case OTHER -> "其他处理";
        };
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/requests/register", "/requests/register/statistics"));
        paths.addAll(register.entryPaths(SITEMAP_ENTRIES));
        return paths;
    }
}
