package org.gongkai.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.WorkbenchContribution;
import org.springframework.stereotype.Component;

/**
 * The catalogue's counts on the workbench: documents waiting for the actor's confidentiality review (reviewers) and
 * for sign-off (leaders), counted with the queue's own filter ({@link CatalogueService#waitingFor}) and linking to it.
 */
@Component
class CatalogueWorkbench implements WorkbenchContribution {

    static final String GROUP = "主动公开";

    private final CatalogueService service;
    private final UnitDirectory units;

    CatalogueWorkbench(CatalogueService service, UnitDirectory units) {
        this.service = service;
        this.units = units;
    }

    @Override
    public List<Item> items(Actor actor) {
        List<Item> out = new ArrayList<>();
        if (!units.visibleUnits(actor, Role.REVIEWER).isEmpty()) {
            out.add(item(actor, DocumentStatus.SUBMITTED, "待保密审查的文件", 100));
        }
        if (!units.visibleUnits(actor, Role.LEADER).isEmpty()) {
            out.add(item(actor, DocumentStatus.REVIEWED, "待签发的文件", 101));
        }
        return out;
    }

    private Item item(Actor actor, DocumentStatus status, String label, int order) {
        return new Item(GROUP, label, service.waitingFor(actor, status).size(),
                "/console/catalogue?status=" + status.name(), order, false);
    }
}
