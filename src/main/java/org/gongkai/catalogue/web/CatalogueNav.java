package org.gongkai.catalogue.web;

import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * What the catalogue's console navigation ({@code catalogue/console/fragments :: nav}) offers the signed-in user:
 * drafting and importing only to editors (the server refuses both without the EDITOR role in some unit —
 * {@code DocumentWorkflow.authoriseDraft}, {@code DocumentImporter}), the late list only to supervisors (it lists
 * the units the user supervises).
 */
@Component("catalogueNav")
class CatalogueNav {

    private final UnitDirectory units;

    CatalogueNav(UnitDirectory units) {
        this.units = units;
    }

    public boolean mayDraft() {
        return has(Role.EDITOR);
    }

    public boolean supervises() {
        return has(Role.SUPERVISOR);
    }

    private boolean has(Role role) {
        return Actor.current().map(a -> !units.visibleUnits(a, role).isEmpty()).orElse(false);
    }
}
