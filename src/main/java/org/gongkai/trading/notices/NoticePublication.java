package org.gongkai.trading.notices;

import org.gongkai.catalogue.CatalogueEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trading learns of a notice's publication and withdrawal from the catalogue's events, in the publishing transaction:
 * the notice appears on the portal's 公共资源交易 pages and feeds exactly when its document becomes public, and
 * disappears with it. Other documents are ignored (one indexed look-up).
 */
@Component
class NoticePublication {

    private final Notices notices;

    NoticePublication(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(CatalogueEvent event) {
        if (event instanceof CatalogueEvent.DocumentPublished p) {
            notices.documentPublished(p.documentId());
        } else if (event instanceof CatalogueEvent.DocumentWithdrawn w) {
            notices.documentWithdrawn(w.documentId());
        }
    }
}
