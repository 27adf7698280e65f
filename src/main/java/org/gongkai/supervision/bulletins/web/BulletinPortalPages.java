package org.gongkai.supervision.bulletins.web;

import org.gongkai.supervision.bulletins.Bulletin;
import org.gongkai.supervision.bulletins.BulletinDocuments;
import org.gongkai.supervision.bulletins.Bulletins;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portal's monthly bulletins (督查月通报): the list of published bulletins and one bulletin as accessible HTML (the
 * same sections as the PDF and DOCX, tables with captions and column headers, no script), with its downloads.
 * A bulletin not yet published answers 404.
 */
@Controller
class BulletinPortalPages {

    private final Bulletins bulletins;
    private final BulletinDocuments documents;

    BulletinPortalPages(Bulletins bulletins, BulletinDocuments documents) {
        this.bulletins = bulletins;
        this.documents = documents;
    }

    @GetMapping("/supervision/bulletins")
    String list(Model model) {
        model.addAttribute("bulletins", bulletins.publishedList());
        return "supervision/bulletins/portal-list";
    }

    @GetMapping("/supervision/bulletins/{id}")
    String one(@PathVariable long id, Model model) {
        Bulletin b = bulletins.published(id);
        model.addAttribute("b", b);
        model.addAttribute("doc", documents.document(b));
        return "supervision/bulletins/portal-page";
    }
}
