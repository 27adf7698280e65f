package org.gongkai.consultations;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.catalogue.DocumentPageLinks;
import org.gongkai.web.PortalHomeContribution;
import org.gongkai.web.SitemapContribution;
import org.springframework.stereotype.Component;

/**
 * The portal home's 公众参与 block (open consultations, closing soonest first), the consultations' pages for
 * {@code /sitemap.xml}, and the link from a final document's catalogue page back to the consultation on its draft.
 */
@Component
class ConsultationPortalLinks implements PortalHomeContribution, SitemapContribution, DocumentPageLinks {

    static final int HOME = 5;

    private final Consultations consultations;

    ConsultationPortalLinks(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public List<Block> blocks() {
        List<PortalHomeContribution.Link> links = consultations.publicList(true).stream()
                .sorted(java.util.Comparator.comparing(l -> l.consultation().closesOn())).limit(HOME)
                .map(l -> new PortalHomeContribution.Link(l.consultation().title(), "/consultations/" + l.consultation().id(),
                        "截止 " + l.consultation().closesOn()))
                .toList();
        return List.of(new Block("consultations", "公众参与：征求意见", 280, links, "目前没有正在征求意见的草案。",
                "/consultations", "全部征求意见"));
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>(List.of("/consultations"));
        consultations.publicList(null).forEach(l -> paths.add("/consultations/" + l.consultation().id()));
        return paths;
    }

    @Override
    public List<DocumentPageLinks.Link> links(long documentId) {
        return consultations.ofFinalDocument(documentId).stream()
                .map(k -> new DocumentPageLinks.Link("公开征求意见", k.title() + "（" + k.opensOn() + " 至 "
                        + k.closesOn() + "）", "/consultations/" + k.id()))
                .toList();
    }
}
